package vn.haicap.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import vn.haicap.shared.HaicapException;

/**
 * Accepts an uploaded paper by its content, never by its name: the type is detected from the bytes
 * (Apache Tika's magic numbers), must be one of the accepted kinds, and the type the client declared
 * must agree with it. Empty files and files over {@link #MAX_DOCUMENT_BYTES} are refused.
 */
public final class DocumentIntake {

    /** The largest document accepted (10 MB). */
    public static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

    /** The largest submission accepted, all documents together (50 MB). */
    public static final long MAX_SUBMISSION_BYTES = 50L * 1024 * 1024;

    /** What an {@code accept} attribute of a file input lists. */
    public static final String ACCEPT = ".pdf,.jpg,.jpeg,.png,.docx,.xlsx,application/pdf,image/jpeg,image/png,"
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final MediaType PDF = MediaType.application("pdf");
    static final MediaType JPEG = MediaType.image("jpeg");
    static final MediaType PNG = MediaType.image("png");
    static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** Tika core recognises Office files by their container only; the declared type or name names the kind. */
    static final MediaType OLE = MediaType.application("x-tika-msoffice");

    static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    /** What the document store takes for papers (its inspection checks each further, ADR 0008). */
    static final Set<MediaType> ACCEPTED = Set.of(PDF, JPEG, PNG, DOCX, XLSX);

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    private DocumentIntake() {}

    /** A document that passed the checks, with the media type to store. */
    public record Accepted(String name, String mediaType, byte[] content, String sha256) {}

    /** Checks one upload; the media type stored is the detected one (or its declared kind for Office files). */
    public static Accepted accept(String rawName, @Nullable String declaredType, byte[] content) {
        String name = cleanName(rawName);
        if (content.length == 0) {
            throw HaicapException.invalid("dossier.document-empty", name);
        }
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw new HaicapException(
                    HttpStatus.CONTENT_TOO_LARGE, "dossier.document-too-large", name, MAX_DOCUMENT_BYTES / 1024 / 1024);
        }
        MediaType declared = declared(name, declaredType);
        if (declared != null && !ACCEPTED.contains(declared)) {
            throw HaicapException.invalid("dossier.document-type-unsupported", name, declared.toString());
        }
        MediaType detected = detect(content);
        MediaType kind;
        if (ACCEPTED.contains(detected)) {
            if (declared != null && !declared.equals(detected) && !bothImages(declared, detected)) {
                throw HaicapException.invalid(
                        "dossier.document-type-mismatch", name, declared.toString(), detected.toString());
            }
            kind = detected;
        } else if (detected.equals(OLE) || detected.equals(OOXML)) {
            MediaType named = declared != null ? declared : byName(name);
            if (named == null || !ACCEPTED.contains(named) || !REGISTRY.isSpecializationOf(named, detected)) {
                throw HaicapException.invalid(
                        "dossier.document-type-mismatch",
                        name,
                        named == null ? "?" : named.toString(),
                        detected.toString());
            }
            kind = named;
        } else {
            throw HaicapException.invalid("dossier.document-type-unsupported", name, detected.toString());
        }
        return new Accepted(name, kind.toString(), content, sha256(content));
    }

    /** The type detected from the bytes alone. */
    static MediaType detect(byte[] content) {
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            return REGISTRY.normalize(vn.haicap.shared.ContentTypes.detect(stream, TYPES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable MediaType declared(String name, @Nullable String declaredType) {
        if (declaredType == null || declaredType.isBlank()) {
            return null;
        }
        MediaType parsed = MediaType.parse(declaredType.strip().toLowerCase(Locale.ROOT));
        if (parsed == null) {
            throw HaicapException.invalid("dossier.document-type-unsupported", name, declaredType.strip());
        }
        MediaType base = REGISTRY.normalize(parsed.getBaseType());
        return base.equals(MediaType.OCTET_STREAM) ? null : base;
    }

    private static @Nullable MediaType byName(String name) {
        try {
            MediaType type = TYPES.getMimeType(name).getType();
            return type.equals(MediaType.OCTET_STREAM) ? null : REGISTRY.normalize(type);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean bothImages(MediaType a, MediaType b) {
        return a.getType().equals("image") && b.getType().equals("image");
    }

    /** The base name, without folders, at most 200 characters. */
    public static String cleanName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.isEmpty() ? "document" : base.length() > 200 ? base.substring(0, 200) : base;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
