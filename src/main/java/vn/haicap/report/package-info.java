/**
 * Reports for leaders: the service index of Decision 766 (every indicator of the domain notes, per commune,
 * province and nation, per month, quarter and year, with the dossiers behind each number), personnel
 * dashboards (headcount, vacancies, departures, staffing gaps on any day) and gender-equality indicators,
 * with CSV, XLSX and PDF exports and the monthly report of a province.
 *
 * <p>Owns the schema {@code report}: dossier counters per commune and month, recomputed a month at a time
 * for the months that dossiers changed in ({@link vn.haicap.dossier.DossierTransitioned}), and materialised
 * views over the workforce tables, refreshed concurrently on a schedule.
 * Exposes {@link vn.haicap.report.ServiceIndexReports}, {@link vn.haicap.report.WorkforceReports}. Reads are
 * limited to the caller's jurisdiction. See docs/adr/0010-reports.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
@org.jspecify.annotations.NullMarked
package vn.haicap.report;
