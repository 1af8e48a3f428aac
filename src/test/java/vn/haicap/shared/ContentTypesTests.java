package vn.haicap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentTypesTests {

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "jpeg", "png", "zip", "text", "exe", "gif"})
    void givesTheAnswerOfTikasFullDetection(String kind) throws IOException {
        byte[] content = sample(kind);
        MediaType quick;
        MediaType full;
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            quick = ContentTypes.detect(stream, TIKA);
            // the stream is left at its start: the full detector sees the same bytes afterwards
            full = TIKA.detect(stream, new Metadata());
        }
        assertThat(quick).isEqualTo(full);
        assertThat(quick.getBaseType().toString())
                .isEqualTo(
                        switch (kind) {
                            case "pdf" -> "application/pdf";
                            case "jpeg" -> "image/jpeg";
                            case "png" -> "image/png";
                            case "zip" -> "application/zip";
                            case "text" -> "text/plain";
                            case "exe" -> "application/x-msdownload";
                            default -> "image/gif";
                        });
    }

    private static byte[] sample(String kind) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (kind) {
            case "pdf" -> {
                try (PDDocument pdf = new PDDocument()) {
                    pdf.addPage(new PDPage());
                    pdf.save(out);
                }
            }
            case "jpeg", "png", "gif" -> ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), kind, out);
            case "zip" -> {
                try (ZipOutputStream zip = new ZipOutputStream(out)) {
                    zip.putNextEntry(new ZipEntry("a.txt"));
                    zip.write("a".getBytes(StandardCharsets.US_ASCII));
                    zip.closeEntry();
                }
            }
            case "exe" -> {
                byte[] exe = new byte[256];
                exe[0] = 'M';
                exe[1] = 'Z';
                exe[0x3c] = (byte) 0x80;
                exe[0x80] = 'P';
                exe[0x81] = 'E';
                out.write(exe);
            }
            default -> out.write("Hồ sơ đăng ký khai sinh\n".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
