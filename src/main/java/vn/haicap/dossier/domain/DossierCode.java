package vn.haicap.dossier.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The dossier code {@code <agency e-ID code>-YYMMDD-XXXX} (C03 Art. 13, one-stop-shop.md §5). Until the
 * agencies' real electronic identification codes are recorded, a unit's code is the placeholder
 * {@code H<province>.<commune>} (see docs/adr/0004).
 */
public final class DossierCode {

    public static final Pattern FORMAT = Pattern.compile("^[A-Y]\\d{2}(\\.[0-9A-Z]+)*-\\d{6}-(\\d{2})?\\d{4,}$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private DossierCode() {}

    public static String agencyOf(String provinceCode, String communeCode) {
        return "H" + provinceCode + "." + communeCode;
    }

    public static String format(String agency, LocalDate day, long sequence) {
        String number = Long.toString(sequence);
        String code = agency + "-" + DAY.format(day) + "-" + "0".repeat(Math.max(0, 4 - number.length())) + number;
        if (!FORMAT.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a dossier code: " + code);
        }
        return code;
    }

    public static boolean looksValid(String code) {
        return FORMAT.matcher(code).matches();
    }
}
