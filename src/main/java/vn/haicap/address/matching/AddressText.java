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

    String source = "";
    int count;
    long[] hash;
    long[] power;
    long[] accent;
    int[] segment;
    int[] sourceStart;
    private char[] chars;
    private char[] letters;
    private int[] letterStart;
    private int[] letterEnd;

    AddressText() {
        allocate(64);
    }

    private void allocate(int capacity) {
        hash = new long[capacity];
        power = new long[capacity];
        accent = new long[capacity];
        segment = new int[capacity];
        sourceStart = new int[capacity];
        letterStart = new int[capacity];
        letterEnd = new int[capacity];
        letters = new char[capacity];
        chars = new char[capacity];
    }

    /** A new text holding the tokens of {@code source}. */
    static AddressText of(String source) {
        return new AddressText().load(source);
    }

    /** Replaces the content of this (reused) text by the tokens of {@code source}. */
    AddressText load(String source) {
        if (source.length() + 1 > hash.length) {
            allocate(source.length() + 1);
        }
        this.source = source;
        this.count = 0;
        tokenize();
        return this;
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
        int length = source.length();
        char[] input = chars;
        source.getChars(0, length, input, 0);
        int n = 0;
        int used = 0;
        int currentSegment = 0;
        boolean open = false;
        boolean digits = false;
        long h = 0;
        long p = 1;
        long tokenAccent = 0;
        for (int i = 0; i < length; i++) {
            char c = input[i];
            char folded = VietnameseLetters.fold(c);
            if (folded > VietnameseLetters.MARK) {
                boolean digit = folded <= '9';
                if (open && digit != digits) {
                    close(n++, h, p, tokenAccent, used);
                    open = false;
                }
                if (!open) {
                    if (n == hash.length) {
                        break;
                    }
                    open = true;
                    digits = digit;
                    h = 0;
                    p = 1;
                    tokenAccent = 0;
                    letterStart[n] = used;
                    sourceStart[n] = i;
                    segment[n] = currentSegment;
                } else if (digit && h == '0' && p == MULTIPLIER) {
                    // a leading zero: "03" is "3"
                    h = 0;
                    p = 1;
                    used = letterStart[n];
                }
                h = h * MULTIPLIER + folded;
                p *= MULTIPLIER;
                letters[used++] = folded;
                if (c >= 0x80) {
                    tokenAccent += VietnameseLetters.accent(c);
                }
            } else if (folded == VietnameseLetters.MARK) {
                if (open) {
                    tokenAccent += VietnameseLetters.accent(c);
                }
            } else if (folded != VietnameseLetters.IGNORED) {
                if (open) {
                    close(n++, h, p, tokenAccent, used);
                    open = false;
                }
                if (folded == VietnameseLetters.SEGMENT) {
                    currentSegment++;
                }
            }
        }
        if (open) {
            close(n++, h, p, tokenAccent, used);
        }
        count = n;
    }

    private void close(int index, long tokenHash, long tokenPower, long tokenAccent, int used) {
        letterEnd[index] = used;
        hash[index] = tokenHash;
        power[index] = tokenPower;
        accent[index] = tokenAccent;
    }
}
