/**
 * Dossiers (hồ sơ thủ tục hành chính): submission online, at the counter or by post; the dossier code;
 * the life-cycle of one-stop-shop.md §7 with every transition recorded (who, when, why); statutory
 * deadlines in working time with the clock paused during a supplement; jurisdiction-filtered queues for
 * officers; public tracking by code; the receipt (Form 01), apology (Form 04) and process-control (Form
 * 06) slips as PDF.
 *
 * <p>Owns the schema {@code dossier}. Exposes {@link vn.haicap.dossier.DossierManagement}. Publishes
 * {@link vn.haicap.dossier.DossierTransitioned} and an {@link vn.haicap.shared.AuditEvent} for every
 * transition. See docs/adr/0004-dossier-lifecycle.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers")
@org.jspecify.annotations.NullMarked
package vn.haicap.dossier;
