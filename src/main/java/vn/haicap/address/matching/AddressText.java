package vn.haicap.address.matching;

/**
 * An address split into folded tokens in one pass over the input (see {@link VietnameseLetters}).
 *
 * <p>Each token keeps a polynomial hash of its folded characters and the matching power of the multiplier, so that the
 * hash of several consecutive tokens is the hash of their concatenation: {@code "Ea Bia"}, {@code "EaBia"} and
 * {@code "Ea-Bia"} all give the same phrase hash. Letters and digits are split ({@code "P2"} is {@code p 2}), leading
 * zeros are dropped ({@code 03} is {@code 3}) and a roman numeral after a ward or district word becomes a number
 * ({@code Phường IV} is {@code phuong 4}).
 */
final class AddressText {

    static final long MULTIPLIER = 0x100000001B3L;

    final String source;
    int count;
    final long[] hash;
    final long[] power;
    final long[] accent;
    final int[] segment;
    final int[] sourceStart;
    final int[] sourceEnd;
    private final char[] letters;
    private final int[] letterStart;
    private final int[] letterEnd;

    private AddressText(String source) {
        this.source = source;
        int capacity = source.length() + 1;
        hash = new long[capacity];
        power = new long[capacity];
        accent = new long[capacity];
        segment = new int[capacity];
        sourceStart = new int[capacity];
        sourceEnd = new int[capacity];
        letterStart = new int[capacity];
        letterEnd = new int[capacity];
        letters = new char[2 * source.length() + 2];
    }

    static AddressText of(String source) {
        AddressText text = new AddressText(source);
        text.tokenize();
        return text;
    }

    /** The folded characters of a token, e.g. for tests. */
    String token(int index) {
        return new String(letters, letterStart[index], letterEnd[index] - letterStart[index]);
    }

    private void tokenize() {
        String s = source;
        int length = s.length();
        int used = 0;
        int currentSegment = 0;
        boolean open = false;
        char last = 0;
        long tokenAccent = 0;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            char folded = VietnameseLetters.fold(c);
            if (folded > VietnameseLetters.MARK) {
                if (open && VietnameseLetters.isDigit(folded) != VietnameseLetters.isDigit(last)) {
                    close(used, tokenAccent);
                    open = false;
                }
                if (!open) {
                    if (count == hash.length) {
                        break;
                    }
                    open = true;
                    tokenAccent = 0;
                    letterStart[count] = used;
                    sourceStart[count] = i;
                    segment[count] = currentSegment;
                }
                letters[used++] = folded;
                tokenAccent += VietnameseLetters.accent(c);
                sourceEnd[count] = i + 1;
                last = folded;
            } else if (folded == VietnameseLetters.MARK) {
                if (open) {
                    tokenAccent += VietnameseLetters.accent(c);
                    sourceEnd[count] = i + 1;
                }
            } else if (folded != VietnameseLetters.IGNORED) {
                if (open) {
                    close(used, tokenAccent);
                    open = false;
                }
                if (folded == VietnameseLetters.SEGMENT) {
                    currentSegment++;
                }
            }
        }
        if (open) {
            close(used, tokenAccent);
        }
    }

    private void close(int used, long tokenAccent) {
        int index = count;
        int start = letterStart[index];
        int end = used;
        if (VietnameseLetters.isDigit(letters[start])) {
            while (start < end - 1 && letters[start] == '0') {
                start++;
            }
        } else if (index > 0 && segment[index - 1] == segment[index] && followsNumberedUnitWord(index)) {
            int roman = romanValue(start, end);
            if (roman > 0) {
                start = end;
                if (roman >= 10) {
                    letters[end++] = (char) ('0' + roman / 10);
                }
                letters[end++] = (char) ('0' + roman % 10);
            }
        }
        long h = 0;
        long p = 1;
        for (int k = start; k < end; k++) {
            h = h * MULTIPLIER + letters[k];
            p *= MULTIPLIER;
        }
        letterStart[index] = start;
        letterEnd[index] = end;
        hash[index] = h;
        power[index] = p;
        accent[index] = tokenAccent;
        count = index + 1;
    }

    /** Whether the previous token is a word that is followed by a ward or district number: phường, p, f, quận, q. */
    private boolean followsNumberedUnitWord(int index) {
        int start = letterStart[index - 1];
        int length = letterEnd[index - 1] - start;
        char first = letters[start];
        if (length == 1) {
            return first == 'p' || first == 'f' || first == 'q';
        }
        return (length == 6 && first == 'p' && matches(start, "phuong")) || (length == 4 && matches(start, "quan"));
    }

    private boolean matches(int start, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (letters[start + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The value of a roman numeral from 1 to 39 written in its usual form, or 0. */
    private int romanValue(int start, int end) {
        if (end - start > 6) {
            return 0;
        }
        int value = 0;
        int k = start;
        while (k < end && letters[k] == 'x') {
            value += 10;
            k++;
        }
        if (value > 30) {
            return 0;
        }
        int rest = end - k;
        if (rest == 0) {
            return value;
        }
        if (rest == 2 && letters[k] == 'i' && letters[k + 1] == 'x') {
            return value + 9;
        }
        if (rest == 2 && letters[k] == 'i' && letters[k + 1] == 'v') {
            return value + 4;
        }
        int units = 0;
        if (letters[k] == 'v') {
            units = 5;
            k++;
        }
        int ones = 0;
        while (k < end && letters[k] == 'i') {
            ones++;
            k++;
        }
        if (k != end || ones > 3) {
            return 0;
        }
        return value + units + ones;
    }
}
