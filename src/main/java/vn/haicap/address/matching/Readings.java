package vn.haicap.address.matching;

/**
 * The best-scoring readings of an address seen so far: which unit the text names (an old commune, a new commune, or an
 * island district that had no communes), where its name starts, and how complete the match was. Readings within
 * {@link #TIE} of the best score are all kept.
 */
final class Readings {

    static final int OLD_COMMUNE = 0;
    static final int NEW_COMMUNE = 1;
    static final int DISTRICT = 2;

    static final double TIE = 0.01;

    double best = Double.NEGATIVE_INFINITY;
    int count;
    int[] kind = new int[8];
    int[] unit = new int[8];
    int[] firstToken = new int[8];
    double[] confidence = new double[8];

    void clear() {
        best = Double.NEGATIVE_INFINITY;
        count = 0;
    }

    void offer(double score, int readingKind, int readingUnit, int first, double readingConfidence) {
        if (score > best + TIE) {
            best = score;
            count = 0;
        } else if (score < best - TIE) {
            return;
        }
        for (int k = 0; k < count; k++) {
            if (unit[k] == readingUnit && kind[k] == readingKind) {
                if (first > firstToken[k]) {
                    firstToken[k] = first;
                    confidence[k] = readingConfidence;
                }
                return;
            }
        }
        if (count == kind.length) {
            kind = java.util.Arrays.copyOf(kind, count * 2);
            unit = java.util.Arrays.copyOf(unit, count * 2);
            firstToken = java.util.Arrays.copyOf(firstToken, count * 2);
            confidence = java.util.Arrays.copyOf(confidence, count * 2);
        }
        kind[count] = readingKind;
        unit[count] = readingUnit;
        firstToken[count] = first;
        confidence[count] = readingConfidence;
        count++;
    }
}
