/**
 * The official two-tier registry of administrative units: provinces and communes in force since
 * 1 July 2025, the 63 provinces, 696 districts and 10,035 communes before it, every reorganisation
 * event with its date and legal basis, and queries "as of a date" and along the lineage.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrative units")
@org.jspecify.annotations.NullMarked
package vn.haicap.adminunit;
