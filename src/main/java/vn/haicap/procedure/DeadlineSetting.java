package vn.haicap.procedure;

import java.time.Instant;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import vn.haicap.calendar.DeadlinePolicy;

/**
 * How a procedure's time limit becomes an appointment: the counting policy for limits in working days
 * (limits in hours always use {@link DeadlinePolicy#WORKING_TIME}), and a cut-off time that overrides the
 * published one.
 *
 * @param cutOff receipts at or after this time of day count from the next working day; null to keep the
 *     published cut-off (if any)
 * @param updatedBy who last changed it; null while the procedure keeps the defaults
 */
public record DeadlineSetting(
        String code,
        DeadlinePolicy policy,
        @Nullable LocalTime cutOff,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt) {

    /** Policy A and the published cut-off: what a procedure without a setting uses. */
    public static DeadlineSetting defaults(String code) {
        return new DeadlineSetting(code, DeadlinePolicy.WORKING_TIME, null, null, null);
    }

    /** True while nobody has changed the defaults. */
    public boolean isDefault() {
        return updatedBy == null;
    }

    /** The cut-off to apply to a published limit: this setting's, else the limit's own. */
    public @Nullable LocalTime cutOffFor(@Nullable TimeLimit published) {
        if (cutOff != null) {
            return cutOff;
        }
        return published == null ? null : published.cutOff();
    }
}
