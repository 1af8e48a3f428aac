package vn.haicap.adminunit;

import java.time.LocalDate;

/**
 * A change to the register on one date under one legal act.
 *
 * @param kind {@code merge}, {@code split}, {@code partial_transfer}, {@code rename}, {@code type_change},
 *     {@code new_unit}, {@code abolished_level} or {@code unchanged}
 */
public record ReorganisationEvent(String kind, LocalDate effectiveDate, String legalBasis, String description) {}
