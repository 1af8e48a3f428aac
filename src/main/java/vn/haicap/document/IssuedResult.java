package vn.haicap.document;

/** A registered result: the stored document, the code anyone can verify it with, its number and symbol. */
public record IssuedResult(StoredDocument document, String resultCode, String numberSymbol) {}
