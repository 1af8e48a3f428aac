package vn.haicap.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.haicap.shared.HaicapException;

/** What is recorded about a person (civil-service.md §2, §4); checked on construction. */
public record PersonData(
        String identityNumber,
        String fullName,
        Sex sex,
        LocalDate birthDate,
        @Nullable String ethnicity,
        @Nullable String education,
        PersonnelCategory category,
        @Nullable Rank rank,
        @Nullable BigDecimal salaryCoefficient) {

    public PersonData {
        identityNumber = identityNumber.strip();
        if (!identityNumber.matches("[0-9]{9}|[0-9]{12}")) {
            throw HaicapException.invalid("workforce.identity-number-invalid", identityNumber);
        }
        fullName = fullName.strip();
        if (fullName.isEmpty() || fullName.length() > 200) {
            throw HaicapException.invalid("workforce.value-invalid", "full_name", fullName);
        }
        if (birthDate.isBefore(LocalDate.of(1900, 1, 1))
                || birthDate.isAfter(LocalDate.now().minusYears(15))) {
            throw HaicapException.invalid("workforce.value-invalid", "birth_date", birthDate.toString());
        }
        if (salaryCoefficient != null
                && (salaryCoefficient.signum() <= 0 || salaryCoefficient.compareTo(BigDecimal.valueOf(20)) > 0)) {
            throw HaicapException.invalid(
                    "workforce.value-invalid", "salary_coefficient", salaryCoefficient.toString());
        }
        ethnicity = blankToNull(ethnicity);
        education = blankToNull(education);
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
