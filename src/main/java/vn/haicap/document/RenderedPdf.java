package vn.haicap.document;

/**
 * A PDF that Haicap rendered itself, with the text it wrote in it and its number of pages. The document
 * store records it without inspecting it again: nothing in it came from outside but text, which the
 * renderer wrote into the page and knows already.
 */
public record RenderedPdf(byte[] content, String text, int pageCount) {}
