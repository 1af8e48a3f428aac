package vn.haicap.document;

import java.security.SecureRandom;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.haicap.shared.HaicapException;

/**
 * Numbers and symbols in the regulated format (Decree 30/2020 Art. 15): numbers from 01 each year, below
 * 10 with a leading zero; {@code 05/QĐ-UBND} for a typed document, {@code 12/UBND-VP} for an official
 * letter (no type, the drafting unit after the issuer). Result codes are random, so that they cannot be
 * guessed from one another.
 */
final class NumberSymbols {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private NumberSymbols() {}

    static String format(int number, String documentType, String issuer, @Nullable String draftingUnit) {
        String padded = number < 10 ? "0" + number : Integer.toString(number);
        String type = documentType.strip().toUpperCase(Locale.ROOT);
        String body = issuer.strip().toUpperCase(Locale.ROOT);
        if (body.isEmpty() || body.contains("/")) {
            throw HaicapException.invalid("document.register-issuer-invalid", issuer);
        }
        if (type.isEmpty() || type.equals("CV")) {
            if (draftingUnit == null || draftingUnit.isBlank()) {
                throw HaicapException.invalid("document.register-drafting-unit-missing");
            }
            return padded + "/" + body + "-" + draftingUnit.strip().toUpperCase(Locale.ROOT);
        }
        return padded + "/" + type + "-" + body;
    }

    /** {@code KQ-XXXX-XXXX-XXXX}: 60 random bits in an alphabet without look-alike characters. */
    static String resultCode() {
        StringBuilder code = new StringBuilder("KQ");
        for (int i = 0; i < 12; i++) {
            if (i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
