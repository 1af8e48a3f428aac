/**
 * The public workforce of local government: agencies of provinces and communes (tied to unit codes, with
 * a validity so that merged agencies remain history), their job positions and headcount quotas, people
 * (cadres, civil servants, public employees, part-time commune workers, contract staff), their
 * assignments over time and what the 2025 reorganisation meant for each (kept, transferred, early
 * retirement or resignation under a benefit regime, retired); file imports and exports; departure
 * statistics and staffing gaps.
 *
 * <p>Owns the schema {@code workforce}. Exposes {@link vn.haicap.workforce.WorkforceManagement} and
 * {@link vn.haicap.workforce.WorkforceStatistics}. Personal data are read only by HR officers of the
 * jurisdiction and the ministry; every read of a person's record publishes an
 * {@link vn.haicap.shared.AuditEvent}. See docs/adr/0009-workforce.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce")
@org.jspecify.annotations.NullMarked
package vn.haicap.workforce;
