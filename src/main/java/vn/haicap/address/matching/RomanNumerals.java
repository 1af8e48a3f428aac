package vn.haicap.address.matching;

import org.jspecify.annotations.Nullable;

/** Ward names written as roman numerals in the register ({@code Phường IV}). */
final class RomanNumerals {

    private static final String[] NUMERALS = {
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
        "XVIII", "XIX", "XX"
    };

    private RomanNumerals() {}

    /** The arabic form of a roman numeral from I to XX, or null. */
    static @Nullable String toArabic(String name) {
        for (int i = 0; i < NUMERALS.length; i++) {
            if (NUMERALS[i].equals(name)) {
                return Integer.toString(i + 1);
            }
        }
        return null;
    }

    /** The roman form of 1 to 20, or null. */
    static @Nullable String toRoman(int value) {
        return value >= 1 && value <= NUMERALS.length ? NUMERALS[value - 1] : null;
    }
}
