package vn.haicap.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.MagicDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Apache Tika's type detection with the signatures of the most common uploads tried first. Tika's full
 * registry evaluates more than a thousand magic patterns for every file, 1 to 3 ms of CPU each; most papers
 * are PDF, JPEG or PNG, whose leading bytes settle the question in microseconds and with the answer Tika
 * gives. Anything else (Office containers, archives, executables, text) goes to the full detector.
 */
public final class ContentTypes {

    private static final List<Detector> QUICK = List.of(
            new MagicDetector(MediaType.application("pdf"), "%PDF-".getBytes(StandardCharsets.US_ASCII)),
            new MagicDetector(MediaType.image("jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            new MagicDetector(MediaType.image("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));

    private ContentTypes() {}

    /**
     * The type of the content, by its bytes only.
     *
     * @param content a stream that supports mark and reset (a {@code TikaInputStream}); it is left at its start
     * @param full the detector for everything the quick signatures do not recognise
     */
    public static MediaType detect(InputStream content, Detector full) throws IOException {
        for (Detector quick : QUICK) {
            MediaType type = quick.detect(content, new Metadata());
            if (!MediaType.OCTET_STREAM.equals(type)) {
                return type;
            }
        }
        return full.detect(content, new Metadata());
    }
}
