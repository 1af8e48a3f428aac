/**
 * The document store: every file kept once by its SHA-256 (on the local file system or any S3-compatible
 * object store), with its metadata and an immutable version chain; upload inspection (type from the
 * content, allow-lists, size limits, PDF and image sanity, archive bombs, file-name tricks, a malware-scan
 * hook); text extraction into a diacritic-insensitive PostgreSQL search index shared with other modules;
 * the records register of issued documents, public verification of results by code and hash, and each
 * person's document wallet.
 *
 * <p>Owns the schema {@code document}. Exposes {@link vn.haicap.document.DocumentManagement} and {@link
 * vn.haicap.document.SearchIndex}. See docs/adr/0008-document-store.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
@org.jspecify.annotations.NullMarked
package vn.haicap.document;
