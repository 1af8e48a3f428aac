/**
 * The append-only audit log. Other modules publish {@link vn.haicap.shared.AuditEvent}s; this
 * module stores each one once, after the publishing transaction commits, in a table that refuses
 * updates and deletes. Exposes {@link vn.haicap.audit.AuditLog} to read entries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
@org.jspecify.annotations.NullMarked
package vn.haicap.audit;
