/**
 * Converting files of addresses (CSV or XLSX, millions of rows) in constant memory: reading with
 * encoding and delimiter detection, writing every input column plus the conversion, keeping going
 * past malformed rows, and running uploads from the web page as background jobs.
 */
@org.jspecify.annotations.NullMarked
package vn.haicap.address.batch;
