package vn.haicap.document.inspection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import vn.haicap.document.DocumentKind;

/**
 * Upload limits ({@code haicap.documents.upload.*}).
 *
 * @param maxPaper the largest paper (scan, office file) accepted
 * @param maxResult the largest result document accepted
 * @param maxInternal the largest internal document accepted
 * @param maxZipEntries the most entries an Office file (a zip) may have
 * @param maxUncompressed the most bytes an Office file may unpack to
 * @param maxCompressionRatio the highest uncompressed/compressed ratio of any entry
 * @param maxImagePixels the most pixels an image may have (width × height)
 * @param maxPdfPages the most pages a PDF may have
 */
@ConfigurationProperties("haicap.documents.upload")
public record InspectionProperties(
        @DefaultValue("20MB") DataSize maxPaper,
        @DefaultValue("50MB") DataSize maxResult,
        @DefaultValue("100MB") DataSize maxInternal,
        @DefaultValue("2000") int maxZipEntries,
        @DefaultValue("200MB") DataSize maxUncompressed,
        @DefaultValue("100") int maxCompressionRatio,
        @DefaultValue("100000000") long maxImagePixels,
        @DefaultValue("2000") int maxPdfPages) {

    public long limitFor(DocumentKind use) {
        return switch (use) {
            case PAPER -> maxPaper.toBytes();
            case RESULT -> maxResult.toBytes();
            case INTERNAL -> maxInternal.toBytes();
        };
    }

    /** The largest body any upload may have, with room for the multipart envelope and metadata fields. */
    public long largestRequest() {
        return Math.max(maxPaper.toBytes(), Math.max(maxResult.toBytes(), maxInternal.toBytes())) + 1024 * 1024;
    }

    public static InspectionProperties defaults() {
        return new InspectionProperties(
                DataSize.ofMegabytes(20),
                DataSize.ofMegabytes(50),
                DataSize.ofMegabytes(100),
                2000,
                DataSize.ofMegabytes(200),
                100,
                100_000_000L,
                2000);
    }
}
