package vn.haicap.address.matching;

/**
 * Scores every unit the mentions of one address may name (one instance per conversion).
 *
 * <p>A reading starts from a commune-level mention and adds what the text after it confirms: the old district
 * (nearest first), then the province, each found only to the right of the previous part. An old province name counts
 * more than the new province the old commune now belongs to; a new commune is read only with a new province. Type
 * words that agree with the unit's type count a little; tokens left between or after the parts count a little against.
 */
final class MatchScorer {

    private static final double COMMUNE = 10;
    private static final double DISTRICT = 10;
    private static final double PROVINCE = 8;
    private static final double PROVINCE_BY_NEW_NAME = 6;
    private static final double TYPE_AGREES = 2;
    private static final double TYPE_DIFFERS = -1;
    private static final double DISTRICT_TYPE_AGREES = 1;
    private static final double ACCENTS_AGREE = 0.6;
    private static final double NEW_FORM = 0.5;
    private static final double PER_TOKEN_BETWEEN = 0.3;
    private static final double PER_TOKEN_AFTER = 0.1;

    private final Gazetteer g;
    private final Readings readings = new Readings();
    private Mentions mentions = new Mentions();
    private int tokens;
    private boolean accented;
    private int[] districtMentions = new int[32];
    private int[] provinceMentions = new int[32];
    private int districts;
    private int provinces;
    /** The districts, old provinces and new provinces named anywhere in the text, for quick rejection. */
    private final long[] districtsNamed;
    private long oldProvincesNamed;
    private long newProvincesNamed;
    /** Where the province mention chosen by the last call of a province score ends. */
    private int provinceEnd;

    /** A scorer to reuse for one conversion after another, on one thread. */
    MatchScorer(Gazetteer gazetteer) {
        this.g = gazetteer;
        this.districtsNamed = new long[(gazetteer.districts.length + 63) >>> 6];
    }

    /** The best readings of the mentions found in {@code text}; valid until the next call. */
    Readings score(AddressText text, Mentions found) {
        this.mentions = found;
        this.tokens = text.count;
        this.accented = text.hasAccents();
        readings.clear();
        districts = 0;
        provinces = 0;
        if (districtMentions.length < found.count) {
            districtMentions = new int[found.count];
            provinceMentions = new int[found.count];
        }
        java.util.Arrays.fill(districtsNamed, 0);
        oldProvincesNamed = 0;
        newProvincesNamed = 0;
        for (int m = 0; m < found.count; m++) {
            int[][] units = found.entry[m].units;
            if (units[NameEntry.DISTRICT].length > 0 && found.fitsDistrict(m)) {
                districtMentions[districts++] = m;
                for (int d : units[NameEntry.DISTRICT]) {
                    districtsNamed[d >>> 6] |= 1L << d;
                }
            }
            if ((units[NameEntry.OLD_PROVINCE].length > 0 || units[NameEntry.NEW_PROVINCE].length > 0)
                    && found.fitsProvince(m)) {
                provinceMentions[provinces++] = m;
                for (int p : units[NameEntry.OLD_PROVINCE]) {
                    oldProvincesNamed |= 1L << p;
                }
                for (int p : units[NameEntry.NEW_PROVINCE]) {
                    newProvincesNamed |= 1L << p;
                }
            }
        }
        int lastDistrictStart = -1;
        for (int i = 0; i < districts; i++) {
            lastDistrictStart = Math.max(lastDistrictStart, found.typeStart[districtMentions[i]]);
        }
        int lastProvinceStart = -1;
        for (int i = 0; i < provinces; i++) {
            lastProvinceStart = Math.max(lastProvinceStart, found.typeStart[provinceMentions[i]]);
        }
        // right to left: the commune next to the district comes first, and street names before it are then cut short
        for (int m = found.count - 1; m >= 0; m--) {
            if (!found.fitsCommune(m)) {
                continue;
            }
            int end = found.end[m];
            double bound = COMMUNE
                    + TYPE_AGREES
                    + ACCENTS_AGREE
                    + (lastDistrictStart >= end ? DISTRICT + DISTRICT_TYPE_AGREES : 0)
                    + (lastProvinceStart >= end ? PROVINCE + NEW_FORM : 0);
            if (bound < readings.best - Readings.TIE) {
                continue;
            }
            int[][] units = found.entry[m].units;
            if (units[NameEntry.OLD_COMMUNE].length > 0) {
                readOldCommunes(m);
            }
            if (units[NameEntry.NEW_COMMUNE].length > 0) {
                readNewCommunes(m);
            }
        }
        for (int k = 0; k < districts; k++) {
            readIslandDistricts(districtMentions[k]);
        }
        return readings;
    }

    private void readOldCommunes(int m) {
        NameEntry entry = mentions.entry[m];
        int[] units = entry.units[NameEntry.OLD_COMMUNE];
        long[] accents = entry.accents[NameEntry.OLD_COMMUNE];
        int type = mentions.type[m];
        long accent = mentions.accent[m];
        int end = mentions.end[m];
        for (int k = 0; k < units.length; k++) {
            int u = units[k];
            int facts = 4 * u;
            int unitType = g.oldCommuneFacts[facts];
            double score = COMMUNE + typeScore(type, unitType) + accentScore(accent, accents[k]);

            int district = g.oldCommuneFacts[facts + 1];
            double districtScore = 0;
            int districtEnd = -1;
            boolean districtNamed = (districtsNamed[district >>> 6] & (1L << district)) != 0;
            for (int i = 0; districtNamed && i < districts; i++) {
                int d = districtMentions[i];
                int dStart = mentions.typeStart[d];
                if (dStart < end || !contains(mentions.entry[d].units[NameEntry.DISTRICT], district)) {
                    continue;
                }
                int dType = mentions.type[d];
                // "Thái Nguyên" alone after a ward may be the city or the province: weigh it as a province
                double named = dType == UnitTypes.NONE
                                && contains(mentions.entry[d].units[NameEntry.OLD_PROVINCE], g.districtProvince[district])
                        ? PROVINCE
                        : DISTRICT;
                double s = named
                        + (dType == UnitTypes.NONE
                                ? 0
                                : dType == g.districtType[district] ? DISTRICT_TYPE_AGREES : TYPE_DIFFERS)
                        - PER_TOKEN_BETWEEN * (dStart - end);
                if (districtEnd < 0 || s > districtScore) {
                    districtScore = s;
                    districtEnd = mentions.end[d];
                }
            }
            int from = districtEnd < 0 ? end : districtEnd;
            double provinceScore = provinceScore(from, g.oldCommuneFacts[facts + 2], g.oldCommuneFacts[facts + 3]);
            if (districtEnd < 0 && provinceScore == 0 && type == UnitTypes.NONE) {
                continue; // a bare name with nothing around it is more likely a street
            }
            int last = provinceScore > 0 ? provinceEnd : from;
            score += districtScore + provinceScore - PER_TOKEN_AFTER * (tokens - last);
            double confidence = confidence(districtEnd >= 0, provinceScore > 0, typeDiffers(type, unitType));
            readings.offer(score, Readings.OLD_COMMUNE, u, mentions.typeStart[m], confidence);
        }
    }

    private void readNewCommunes(int m) {
        NameEntry entry = mentions.entry[m];
        int[] units = entry.units[NameEntry.NEW_COMMUNE];
        long[] accents = entry.accents[NameEntry.NEW_COMMUNE];
        int type = mentions.type[m];
        long accent = mentions.accent[m];
        int end = mentions.end[m];
        for (int k = 0; k < units.length; k++) {
            int u = units[k];
            int unitType = g.newCommuneType[u];
            double score = COMMUNE + typeScore(type, unitType) + accentScore(accent, accents[k]);
            double provinceScore = newProvinceScore(end, g.newCommuneProvince[u]);
            if (provinceScore == 0 && type == UnitTypes.NONE) {
                continue;
            }
            int last = provinceScore > 0 ? provinceEnd : end;
            score += provinceScore - PER_TOKEN_AFTER * (tokens - last);
            double confidence = provinceScore > 0 ? 1.0 : 0.5;
            if (typeDiffers(type, unitType)) {
                confidence -= 0.05;
            }
            readings.offer(score, Readings.NEW_COMMUNE, u, mentions.typeStart[m], confidence);
        }
    }

    /** The island districts that had no communes and became one special zone each. */
    private void readIslandDistricts(int d) {
        for (int district : mentions.entry[d].units[NameEntry.DISTRICT]) {
            if (g.districtConversion[district] == null) {
                continue;
            }
            int province = g.districtProvince[district];
            int end = mentions.end[d];
            double provinceScore = provinceScore(end, province, g.oldProvinceNewProvince[province]);
            int last = provinceScore > 0 ? provinceEnd : end;
            double score = COMMUNE + DISTRICT + provinceScore - PER_TOKEN_AFTER * (tokens - last);
            readings.offer(
                    score,
                    Readings.DISTRICT,
                    district,
                    mentions.typeStart[d],
                    confidence(true, provinceScore > 0, false));
        }
    }

    private double provinceScore(int from, int oldProvince, int newProvince) {
        if (((oldProvincesNamed >>> oldProvince) & 1) == 0 && ((newProvincesNamed >>> newProvince) & 1) == 0) {
            return 0;
        }
        double best = 0;
        for (int i = 0; i < provinces; i++) {
            int p = provinceMentions[i];
            int pStart = mentions.typeStart[p];
            if (pStart < from) {
                continue;
            }
            int[][] units = mentions.entry[p].units;
            double s;
            if (contains(units[NameEntry.OLD_PROVINCE], oldProvince)) {
                s = PROVINCE;
            } else if (contains(units[NameEntry.NEW_PROVINCE], newProvince)) {
                s = PROVINCE_BY_NEW_NAME;
            } else {
                continue;
            }
            s -= PER_TOKEN_BETWEEN * (pStart - from);
            if (s > best) {
                best = s;
                provinceEnd = mentions.end[p];
            }
        }
        return best;
    }

    private double newProvinceScore(int from, int newProvince) {
        if (((newProvincesNamed >>> newProvince) & 1) == 0) {
            return 0;
        }
        double best = 0;
        for (int i = 0; i < provinces; i++) {
            int p = provinceMentions[i];
            int pStart = mentions.typeStart[p];
            if (pStart < from || !contains(mentions.entry[p].units[NameEntry.NEW_PROVINCE], newProvince)) {
                continue;
            }
            double s = PROVINCE + NEW_FORM - PER_TOKEN_BETWEEN * (pStart - from);
            if (s > best) {
                best = s;
                provinceEnd = mentions.end[p];
            }
        }
        return best;
    }

    private static double typeScore(int written, int actual) {
        if (written == UnitTypes.NONE) {
            return 0;
        }
        return written == actual ? TYPE_AGREES : TYPE_DIFFERS;
    }

    private static boolean typeDiffers(int written, int actual) {
        return written != UnitTypes.NONE && written != actual;
    }

    /** Accents break ties between names that fold alike (Minh Quán, Minh Quân), when the text has any. */
    private double accentScore(long written, long actual) {
        return accented && written == actual ? ACCENTS_AGREE : 0;
    }

    private static double confidence(boolean district, boolean province, boolean typeDiffers) {
        double confidence = district ? (province ? 1.0 : 0.9) : (province ? 0.85 : 0.5);
        return typeDiffers ? confidence - 0.05 : confidence;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
