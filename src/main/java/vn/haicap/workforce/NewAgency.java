package vn.haicap.workforce;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record NewAgency(
        String code,
        String name,
        AgencyKind kind,
        String unitCode,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {}
