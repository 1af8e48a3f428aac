package vn.haicap.address.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.haicap.address.AddressConverter;
import vn.haicap.address.batch.AddressBatchConverter;
import vn.haicap.address.batch.BatchProgress;
import vn.haicap.address.batch.BatchRun;
import vn.haicap.address.batch.BatchSummary;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.TableFormat;

/** Public reference API: converts addresses written before the 1 July 2025 reorganisation. */
@RestController
@RequestMapping("/api/v1/addresses")
@Tag(name = "Addresses", description = "Old-to-new address conversion (public, rate-limited)")
class AddressRestController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The largest batch body accepted (it is spooled to disk, so this bounds disk, not memory). */
    static final long MAX_BATCH_BYTES = 2L << 30;

    private static final Logger log = LoggerFactory.getLogger(AddressRestController.class);

    private static final String BATCH_DESCRIPTION = """
            Converts every row of a CSV (`text/csv`, any of UTF-8 with or without BOM, UTF-16 with BOM,
            Windows-1252; `,` `;` or tab delimited) or of the first sheet of a workbook (XLSX). The header
            must have an `address` column (`dia_chi` or `địa chỉ` also work, in any case). The body is
            spooled to disk, then the answer is streamed back as rows are converted, in the same format:
            every input column, then `status`
            (`converted`, `ambiguous`, `already_new`, `not_found` or `error`), `old_commune_code`,
            `old_commune_name`, `old_district_name`, `old_province_name`, `new_commune_code`,
            `new_commune_name`, `new_province_code`, `new_province_name`, `candidates`
            (`code:name:relation` joined by `|`), `confidence` (0.00 to 1.00) and `error`.

            A row that cannot be read (bad quoting, wrong number of columns, binary content, a field or
            address over 10 KB, an empty address) does not stop the run: it gets status `error` and the
            `error` column says why, with its line number (`line 17: unclosed quote`). The output is
            UTF-8; `bom=true` adds a byte order mark so that Excel opens it with the right encoding.
            A missing address column or an empty file is answered with a 400 problem before any output;
            a body over 2 GB with 413 (`address.batch-too-large`); too many batches at once with 503
            (`address.batch-busy`).""";

    /** Batches converted over the API at once; more are refused with 503 rather than queued on request threads. */
    static final int MAX_CONCURRENT_BATCHES = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final AddressConverter converter;
    private final AddressBatchConverter batchConverter;
    private final Semaphore batches = new Semaphore(MAX_CONCURRENT_BATCHES);

    AddressRestController(AddressConverter converter, AddressBatchConverter batchConverter) {
        this.converter = converter;
        this.batchConverter = batchConverter;
    }

    @PostMapping(path = "/convert", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Convert one address",
            description = "Finds the old unit an address names and the new commune and province it belongs to."
                    + " An empty address or one over 10 KB is a 400 problem (`address.empty`, `address.too-long`).")
    @ApiResponse(responseCode = "200", description = "the conversion, whatever its status")
    @ApiResponse(
            responseCode = "400",
            description = "empty or too long",
            content = @Content(mediaType = "application/problem+json"))
    ConversionResponse convert(@RequestBody ConvertRequest request) {
        return ConversionResponse.of(converter.convert(AddressInput.require(request.address())));
    }

    @GetMapping("/convert")
    @Operation(summary = "Convert one address (query parameter)", description = "Same as the POST, for quick tries.")
    ConversionResponse convert(
            @Parameter(description = "the address") @RequestParam(required = false) @Nullable String address) {
        return ConversionResponse.of(converter.convert(AddressInput.require(address)));
    }

    @PostMapping(
            path = "/convert-batch",
            consumes = {"text/csv", "text/plain"},
            produces = "text/csv")
    @Operation(
            summary = "Convert a CSV file of addresses",
            description = BATCH_DESCRIPTION,
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "400",
            description = "no address column, or an empty file",
            content = @Content(mediaType = "application/problem+json"))
    void convertCsv(
            @Parameter(description = "start the output with a UTF-8 byte order mark")
                    @RequestParam(defaultValue = "false")
                    boolean bom,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        stream(TableFormat.CSV, bom, request, response);
    }

    @PostMapping(path = "/convert-batch", consumes = XLSX, produces = XLSX)
    @Operation(
            summary = "Convert a workbook of addresses",
            description = BATCH_DESCRIPTION,
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))))
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(
            responseCode = "400",
            description = "no address column, an empty or unreadable workbook",
            content = @Content(mediaType = "application/problem+json"))
    void convertXlsx(HttpServletRequest request, HttpServletResponse response) throws IOException {
        stream(TableFormat.XLSX, false, request, response);
    }

    /**
     * Spools the body to a temporary file, reads the header (a missing address column is still a clean
     * 400), then writes rows to the response as they are read. Spooling costs a disk copy but no memory,
     * and spares the clients that send the whole body before reading the answer (most HTTP libraries)
     * a deadlock on large files: full-duplex streaming would block the server writing to a client that
     * is still sending.
     */
    private void stream(TableFormat format, boolean bom, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!batches.tryAcquire()) {
            throw new HaicapException(HttpStatus.SERVICE_UNAVAILABLE, "address.batch-busy");
        }
        Path spool = null;
        try {
            spool = Files.createTempFile("haicap-batch-", format.extension());
            long size = spool(request.getInputStream(), spool);
            try (BatchRun run = batchConverter.open(
                    new BufferedInputStream(Files.newInputStream(spool), 64 * 1024), format, size)) {
                respond(run, format, bom, response);
            }
        } finally {
            batches.release();
            if (spool != null) {
                Files.deleteIfExists(spool);
            }
        }
    }

    private static long spool(InputStream body, Path spool) throws IOException {
        try (OutputStream out = Files.newOutputStream(spool)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = body.read(buffer)) >= 0) {
                total += read;
                if (total > MAX_BATCH_BYTES) {
                    throw new HaicapException(
                            HttpStatus.CONTENT_TOO_LARGE, "address.batch-too-large", MAX_BATCH_BYTES >> 20);
                }
                out.write(buffer, 0, read);
            }
            return total;
        }
    }

    private static void respond(BatchRun run, TableFormat format, boolean bom, HttpServletResponse response)
            throws IOException {
        response.setContentType(format == TableFormat.CSV ? "text/csv;charset=UTF-8" : XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("addresses-converted" + format.extension())
                        .build()
                        .toString());
        OutputStream out = response.getOutputStream();
        BatchSummary summary;
        try {
            summary = run.writeTo(out, format, bom, BatchProgress.NONE);
            out.flush();
        } catch (IOException e) {
            if (!response.isCommitted()) {
                throw e;
            }
            // the client went away mid-stream; there is nobody left to answer
            log.info("Batch conversion over the API stopped: {}", e.toString());
            return;
        }
        log.info(
                "Converted a {} batch over the API: {} rows, {} errors, {} in {} ms",
                format,
                summary.rowsRead(),
                summary.errors(),
                summary.encoding(),
                summary.duration().toMillis());
    }
}
