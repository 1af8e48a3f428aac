package vn.haicap.calendar.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.haicap.adminunit.AdminUnits;
import vn.haicap.adminunit.AdministrativeUnit;
import vn.haicap.calendar.DeadlinePolicy;
import vn.haicap.shared.HaicapException;

/** The request parameters of a deadline that name a province or a policy, checked against the unit registry. */
@Component
class Provinces {

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[0-9]{2}");

    private final AdminUnits units;

    Provinces(AdminUnits units) {
        this.units = units;
    }

    /** The provinces in force today, by code. */
    List<AdministrativeUnit> current() {
        return units.provinces(units.today());
    }

    /** Null for the national default; otherwise a province in force today. */
    @Nullable
    String require(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip();
        if (!CODE.matcher(code).matches()) {
            throw HaicapException.invalid("calendar.province-invalid", value);
        }
        if (current().stream().noneMatch(p -> p.code().equals(code))) {
            throw HaicapException.invalid("calendar.province-unknown", code);
        }
        return code;
    }

    static DeadlinePolicy policy(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return DeadlinePolicy.WORKING_TIME;
        }
        return DeadlinePolicy.fromCode(value)
                .orElseThrow(() -> HaicapException.invalid("calendar.policy-invalid", value));
    }
}
