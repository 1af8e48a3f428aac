/**
 * The official two-tier registry of administrative units: provinces and communes in force since
 * 1 July 2025, the 63 provinces, 696 districts and 10,035 communes before it, every reorganisation
 * event with its date and legal basis, and queries "as of a date" and along the lineage.
 *
 * <p>Owns the schema {@code adminunit} (unit versions, aliases, events, lineage links, the seeded
 * data set's fingerprint), seeded at start-up from the CSVs under {@code data/admin-units/}.
 * Exposes {@link vn.haicap.adminunit.AdminUnits} (queries), {@link vn.haicap.adminunit.AdminUnitDataset}
 * (the CSVs as records) and their value types. Publishes no events. See docs/adr/0002.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrative units")
@org.jspecify.annotations.NullMarked
package vn.haicap.adminunit;
