package vn.haicap.document;

import org.jspecify.annotations.Nullable;

/**
 * A file that passed inspection and the malware scan and is already in the blob store by its SHA-256, but
 * is not recorded yet: the first half of {@link DocumentManagement#store}, done before the caller's
 * transaction (see {@link DocumentManagement#prepare} and {@link DocumentManagement#recordAll}).
 *
 * @param name the sanitised file name
 * @param mediaType the type detected from the content
 */
public record PreparedFile(
        String sha256,
        long size,
        String name,
        String mediaType,
        DocumentKind kind,
        @Nullable Integer pageCount) {}
