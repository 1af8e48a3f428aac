/**
 * The catalogue of administrative procedures (thủ tục hành chính) as published in the national
 * database: code, field, competent levels, channels with their time limits and fees, required papers,
 * results, legal basis; effective-dated versions, so that a dossier keeps the version it was received
 * under. Also each procedure's internal workflow definition (steps, acting role and agency, share of the
 * time limit), versioned the same way.
 *
 * <p>Owns the schema {@code procedure}, seeded at start-up from {@code procedure/starter-catalogue.json}
 * (the national portal's export format, which administrators can also import). Exposes
 * {@link vn.haicap.procedure.ProcedureCatalogue} and its value types. Publishes {@link
 * vn.haicap.shared.AuditEvent}s for every new procedure or workflow version. See docs/adr/0003.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procedure catalogue")
@org.jspecify.annotations.NullMarked
package vn.haicap.procedure;
