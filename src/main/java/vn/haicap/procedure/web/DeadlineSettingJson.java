package vn.haicap.procedure.web;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import vn.haicap.calendar.DeadlinePolicy;
import vn.haicap.procedure.DeadlineSetting;
import vn.haicap.procedure.TimeLimit;
import vn.haicap.shared.HaicapException;

/** A procedure's deadline setting in the API, and the checks of what an administrator sends. */
final class DeadlineSettingJson {

    private DeadlineSettingJson() {}

    /**
     * @param policy {@code A} (working-time arithmetic) or {@code B} (the Civil Code's day count)
     * @param cutOff the override, {@code HH:mm}, or null
     * @param publishedCutOff the cut-off published with the procedure's reference limit, or null
     * @param effectiveCutOff the one that applies: the override, else the published one
     * @param customised false while the procedure keeps the defaults
     */
    record View(
            String code,
            String policy,
            @Nullable String cutOff,
            @Nullable String publishedCutOff,
            @Nullable String effectiveCutOff,
            boolean customised,
            @Nullable String updatedBy,
            @Nullable Instant updatedAt) {

        static View of(DeadlineSetting setting, @Nullable TimeLimit published) {
            return new View(
                    setting.code(),
                    setting.policy().code(),
                    text(setting.cutOff()),
                    published == null ? null : text(published.cutOff()),
                    text(setting.cutOffFor(published)),
                    !setting.isDefault(),
                    setting.updatedBy(),
                    setting.updatedAt());
        }
    }

    /** What a PUT carries: {@code {"policy": "B", "cutOff": "15:00"}} (cutOff optional). */
    record Change(@Nullable String policy, @Nullable String cutOff) {}

    static DeadlinePolicy policy(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw HaicapException.invalid("procedure.deadline-policy-invalid", "");
        }
        return DeadlinePolicy.fromCode(value)
                .orElseThrow(() -> HaicapException.invalid("procedure.deadline-policy-invalid", value));
    }

    static @Nullable LocalTime cutOff(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw HaicapException.invalid("procedure.deadline-cut-off-invalid", value);
        }
    }

    static @Nullable String text(@Nullable LocalTime time) {
        return time == null ? null : time.toString();
    }
}
