package vn.haicap.address.batch;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.haicap.address.AddressConversion;
import vn.haicap.address.AddressConversion.UnitRef;

/** The columns a batch adds after the input's: the conversion of the row's address, or why there is none. */
final class ResultColumns {

    static final List<String> HEADER = List.of(
            "status",
            "old_commune_code",
            "old_commune_name",
            "old_district_name",
            "old_province_name",
            "new_commune_code",
            "new_commune_name",
            "new_province_code",
            "new_province_name",
            "candidates",
            "confidence",
            "error");

    static final String ERROR_STATUS = "error";

    private ResultColumns() {}

    static List<String> of(AddressConversion conversion) {
        return Arrays.asList(
                conversion.status().key(),
                code(conversion.oldCommune()),
                name(conversion.oldCommune()),
                name(conversion.oldDistrict()),
                name(conversion.oldProvince()),
                code(conversion.newCommune()),
                name(conversion.newCommune()),
                code(conversion.newProvince()),
                name(conversion.newProvince()),
                conversion.candidates().stream()
                        .map(c -> c.code() + ":" + c.name() + ":" + c.relation())
                        .collect(Collectors.joining("|")),
                confidence(conversion.confidence()),
                "");
    }

    static List<String> error(String message) {
        return Arrays.asList(ERROR_STATUS, "", "", "", "", "", "", "", "", "", "", message);
    }

    private static String code(@Nullable UnitRef unit) {
        return unit == null ? "" : unit.code();
    }

    private static String name(@Nullable UnitRef unit) {
        return unit == null ? "" : unit.name();
    }

    private static String confidence(double value) {
        long hundredths = Math.round(Math.max(0, Math.min(1, value)) * 100);
        return hundredths == 100 ? "1.00" : "0." + (hundredths < 10 ? "0" : "") + hundredths;
    }
}
