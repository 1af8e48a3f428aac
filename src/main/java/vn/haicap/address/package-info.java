/**
 * Old-to-new address conversion: reads an address as people write it (with or without diacritics,
 * abbreviations, missing unit words), finds the old unit it names and the new commune and province
 * it belongs to now; one at a time, or in batches of millions of rows (CSV, XLSX) from the API, the
 * web page and the command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Address conversion")
@org.jspecify.annotations.NullMarked
package vn.haicap.address;
