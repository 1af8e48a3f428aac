package vn.haicap.document.inspection;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.extractor.XSSFEventBasedExcelExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import vn.haicap.document.DocumentKind;
import vn.haicap.document.storage.StagedFile;
import vn.haicap.shared.HaicapException;

/**
 * Checks an upload, already on disk within its size limit, before anything is stored: the name is not a
 * trick, the type detected from the bytes (Apache Tika's magic numbers, then the zip's own entries for
 * Office files) is allowed for the use and agrees with the extension, a PDF opens without a password and
 * has pages, an image decodes whole and is not gigantic, an Office file is not an archive bomb nor holds
 * path tricks. Extracts the text (PDF, DOCX, XLSX, images' embedded text chunks) for the search index.
 */
public class DocumentInspection {

    /** Text beyond this many characters is not indexed. */
    static final int MAX_TEXT = 1_000_000;

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private final InspectionProperties limits;

    public DocumentInspection(InspectionProperties limits) {
        this.limits = limits;
    }

    public InspectedFile inspect(StagedFile file, String rawName, DocumentKind use) {
        return inspect(file, rawName, use, true);
    }

    /**
     * Checks an upload; without {@code withText} the text is not extracted (the PDF is still opened, the
     * image decoded, the zip read entry by entry), so that a submission stays fast and the text is
     * extracted later, in the background.
     */
    public InspectedFile inspect(StagedFile file, String rawName, DocumentKind use, boolean withText) {
        String name = FileNames.sanitise(rawName);
        long size = file.size();
        if (size == 0) {
            throw HaicapException.invalid("document.empty", name);
        }
        long limit = limits.limitFor(use);
        if (size > limit) {
            throw new HaicapException(
                    HttpStatus.CONTENT_TOO_LARGE, "document.too-large", name, limit / 1024 / 1024, use.key());
        }
        FileType type = detect(file, name);
        if (!accepted(use).contains(type)) {
            throw HaicapException.invalid("document.type-not-allowed", name, type.mediaType(), use.key());
        }
        String extension = FileNames.extension(name);
        if (!extension.isEmpty() && !type.extensions().contains(extension)) {
            throw HaicapException.invalid("document.type-mismatch", name, extension, type.mediaType());
        }
        return switch (type) {
            case PDF -> pdf(file, name, withText);
            case JPEG, PNG -> image(file, name, type);
            case DOCX, XLSX -> withText ? office(file.file(), name, type) : new InspectedFile(name, type, null, "");
        };
    }

    /** The allow-list of each kind: results are PDF as signed; papers and internal documents also scans and Office files. */
    static java.util.Set<FileType> accepted(DocumentKind kind) {
        return switch (kind) {
            case RESULT -> java.util.EnumSet.of(FileType.PDF);
            case PAPER, INTERNAL -> java.util.EnumSet.allOf(FileType.class);
        };
    }

    FileType detect(StagedFile file, String name) {
        MediaType detected;
        try (TikaInputStream stream = TikaInputStream.get(file.open())) {
            detected = TYPES.getMediaTypeRegistry().normalize(vn.haicap.shared.ContentTypes.detect(stream, TYPES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = detected.getBaseType().toString();
        for (FileType type : FileType.values()) {
            if (type.mediaType().equals(base)) {
                return type;
            }
        }
        if (base.equals("application/zip") || base.equals("application/x-tika-ooxml")) {
            return officeKind(file.file(), name);
        }
        throw HaicapException.invalid("document.type-unsupported", name, base);
    }

    /** Which Office file a zip is, from its entries; an archive bomb or path trick is refused here. */
    private FileType officeKind(Path file, String name) {
        boolean word = false;
        boolean excel = false;
        boolean contentTypes = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int entries = 0;
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                if (++entries > limits.maxZipEntries()) {
                    throw HaicapException.invalid("document.archive-bomb", name);
                }
                String entryName = entry.getName();
                if (entryName.startsWith("/")
                        || entryName.contains("\\")
                        || entryName.contains("..")
                        || entryName.indexOf('\0') >= 0
                        || entryName.contains(":")) {
                    throw HaicapException.invalid("document.archive-unsafe", name, FileNames.printable(entryName));
                }
                word |= entryName.equals("word/document.xml");
                excel |= entryName.equals("xl/workbook.xml");
                contentTypes |= entryName.equals("[Content_Types].xml");
                // count the bytes really inflated: the sizes a zip declares can lie
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        inflated += n;
                        total += n;
                        if (total > limits.maxUncompressed().toBytes()) {
                            throw HaicapException.invalid("document.archive-bomb", name);
                        }
                    }
                }
                long compressed = Math.max(1, entry.getCompressedSize());
                if (inflated > 1024 * 1024 && inflated / compressed > limits.maxCompressionRatio()) {
                    throw HaicapException.invalid("document.archive-bomb", name);
                }
            }
        } catch (ZipException e) {
            throw HaicapException.invalid("document.corrupt", name);
        } catch (IOException e) {
            throw HaicapException.invalid("document.corrupt", name);
        }
        if (contentTypes && word) {
            return FileType.DOCX;
        }
        if (contentTypes && excel) {
            return FileType.XLSX;
        }
        throw HaicapException.invalid("document.type-unsupported", name, "application/zip");
    }

    private InspectedFile pdf(StagedFile file, String name, boolean withText) {
        try (PDDocument pdf = open(file)) {
            if (pdf.isEncrypted()) {
                throw HaicapException.invalid("document.pdf-encrypted", name);
            }
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw HaicapException.invalid("document.corrupt", name);
            }
            if (pages > limits.maxPdfPages()) {
                throw HaicapException.invalid("document.pdf-too-many-pages", name, limits.maxPdfPages());
            }
            if (!withText) {
                return new InspectedFile(name, FileType.PDF, pages, "");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(Math.min(pages, 500));
            return new InspectedFile(name, FileType.PDF, pages, capped(stripper.getText(pdf)));
        } catch (InvalidPasswordException e) {
            throw HaicapException.invalid("document.pdf-encrypted", name);
        } catch (IOException e) {
            throw HaicapException.invalid("document.corrupt", name);
        }
    }

    /**
     * A PDF held in memory is parsed from memory: reading a file through PDFBox's buffered reader checks and
     * seeks at every byte, and was a fifth of a submission's CPU for two small papers.
     */
    private static PDDocument open(StagedFile file) throws IOException {
        byte[] bytes = file.bytes();
        if (bytes != null) {
            return Loader.loadPDF(bytes, "", null, null, IOUtils.createMemoryOnlyStreamCache());
        }
        return Loader.loadPDF(file.file().toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
    }

    private InspectedFile image(StagedFile file, String name, FileType type) {
        byte[] bytes = file.bytes();
        try (ImageInputStream stream = bytes != null
                ? new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))
                : ImageIO.createImageInputStream(file.file().toFile())) {
            Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
            if (readers == null || !readers.hasNext()) {
                throw HaicapException.invalid("document.corrupt", name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, false);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > limits.maxImagePixels()) {
                    throw HaicapException.invalid(
                            "document.image-too-large", name, reader.getWidth(0), reader.getHeight(0));
                }
                String text = embeddedText(reader.getImageMetadata(0));
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw HaicapException.invalid("document.corrupt", name);
                }
                return new InspectedFile(name, type, 1, capped(text));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof HaicapException haicap) {
                throw haicap;
            }
            throw HaicapException.invalid("document.corrupt", name);
        }
    }

    /** The text chunks of an image (PNG tEXt/iTXt/zTXt, JPEG comments), in the format-neutral tree. */
    private static String embeddedText(@Nullable IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        collect(metadata.getAsTree("javax_imageio_1.0"), text);
        return text.toString().strip();
    }

    private static void collect(Node node, StringBuilder text) {
        if ("TextEntry".equals(node.getNodeName())) {
            NamedNodeMap attributes = node.getAttributes();
            Node value = attributes == null ? null : attributes.getNamedItem("value");
            if (value != null) {
                text.append(value.getNodeValue()).append('\n');
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, text);
        }
    }

    private InspectedFile office(Path file, String name, FileType type) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            if (type == FileType.DOCX) {
                try (XWPFDocument document = new XWPFDocument(pkg);
                        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                    Integer pages = null;
                    var extended = document.getProperties().getExtendedProperties();
                    if (extended != null && extended.getPages() > 0) {
                        pages = extended.getPages();
                    }
                    extractor.setCloseFilesystem(false);
                    return new InspectedFile(name, type, pages, capped(extractor.getText()));
                }
            }
            try (XSSFEventBasedExcelExtractor extractor = new XSSFEventBasedExcelExtractor(pkg)) {
                extractor.setCloseFilesystem(false);
                return new InspectedFile(name, type, null, capped(extractor.getText()));
            }
        } catch (HaicapException e) {
            throw e;
        } catch (Exception e) {
            throw HaicapException.invalid("document.corrupt", name);
        }
    }

    private static String capped(String text) {
        String stripped = text.replace('\0', ' ').strip();
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
