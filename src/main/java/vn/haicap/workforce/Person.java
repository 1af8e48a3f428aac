package vn.haicap.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's record: personal data, readable only by HR officers of their jurisdiction and the ministry.
 * {@code version} grows with every change to the record or its assignments (optimistic locking).
 */
public record Person(
        UUID id,
        String identityNumber,
        String fullName,
        Sex sex,
        LocalDate birthDate,
        @Nullable String ethnicity,
        @Nullable String education,
        PersonnelCategory category,
        @Nullable Rank rank,
        @Nullable BigDecimal salaryCoefficient,
        int version) {}
