package vn.haicap.address.matching;

/**
 * An address split into folded tokens in one pass over the input (see {@link VietnameseLetters}).
 *
 * <p>Each token keeps a polynomial hash of its folded characters and the matching power of the multiplier, so that the
 * hash of several consecutive tokens is the hash of their concatenation: {@code "Ea Bia"}, {@code "EaBia"} and
 * {@code "Ea-Bia"} all give the same phrase hash. Letters and digits are split ({@code "P2"} is {@code p 2}), leading
 * zeros are dropped ({@code 03} is {@code 3}).
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

    /** Whether any token carries a tone mark, a vowel modifier or đ. */
    boolean hasAccents() {
        for (int t = 0; t < count; t++) {
            if (accent[t] != 0) {
                return true;
            }
        }
        return false;
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
}
