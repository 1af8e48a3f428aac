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
    private final int[] names;
    private final Readings readings = new Readings();
    private Mentions mentions = new Mentions();
    private int tokens;
    private boolean accented;
    private int[] districtMentions = new int[32];
    private int[] provinceMentions = new int[32];
    /** Units of one mention left for after those whose district is named. */
    private int[] later = new int[64];

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
        this.names = gazetteer.names;
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
            int e = found.entry[m];
            if (g.names(e, Level.DISTRICT) && found.fitsDistrict(m)) {
                districtMentions[districts++] = m;
                for (int i = g.from(e, Level.DISTRICT), to = g.to(e, Level.DISTRICT); i < to; i += Gazetteer.STRIDE) {
                    int d = names[i];
                    districtsNamed[d >>> 6] |= 1L << d;
                }
            }
            if ((g.names(e, Level.OLD_PROVINCE) || g.names(e, Level.NEW_PROVINCE)) && found.fitsProvince(m)) {
                provinceMentions[provinces++] = m;
                for (int i = g.from(e, Level.OLD_PROVINCE), to = g.to(e, Level.OLD_PROVINCE);
                        i < to;
                        i += Gazetteer.STRIDE) {
                    oldProvincesNamed |= 1L << names[i];
                }
                for (int i = g.from(e, Level.NEW_PROVINCE), to = g.to(e, Level.NEW_PROVINCE);
                        i < to;
                        i += Gazetteer.STRIDE) {
                    newProvincesNamed |= 1L << names[i];
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
        // Mentions followed by a district name first, right to left (the commune next to the district), so that the
        // best score is high early and the rest (street names, the province's own name) are mostly cut short.
        for (int pass = 0; pass < 2; pass++) {
            for (int m = found.count - 1; m >= 0; m--) {
                int end = found.end[m];
                boolean districtAfter = lastDistrictStart >= end;
                if (districtAfter == (pass == 1) || !found.fitsCommune(m)) {
                    continue;
                }
                double bound = COMMUNE
                        + TYPE_AGREES
                        + ACCENTS_AGREE
                        + (districtAfter ? DISTRICT + DISTRICT_TYPE_AGREES : 0)
                        + (lastProvinceStart >= end ? PROVINCE + NEW_FORM : 0);
                if (bound < readings.best - Readings.TIE) {
                    continue;
                }
                int e = found.entry[m];
                if (g.names(e, Level.OLD_COMMUNE)) {
                    readOldCommunes(m);
                }
                if (g.names(e, Level.NEW_COMMUNE)) {
                    readNewCommunes(m);
                }
            }
        }
        for (int k = 0; k < districts; k++) {
            readIslandDistricts(districtMentions[k]);
        }
        return readings;
    }

    private void readOldCommunes(int m) {
        int e = mentions.entry[m];
        int type = mentions.type[m];
        int accent = Gazetteer.foldAccent(mentions.accent[m]);
        int end = mentions.end[m];
        int first = g.from(e, Level.OLD_COMMUNE);
        int last = g.to(e, Level.OLD_COMMUNE);
        // units whose district is named first: they set a high best score that cuts the others short
        int deferred = 0;
        for (int k = first; k < last; k += Gazetteer.STRIDE) {
            int district = names[k + 2];
            if ((districtsNamed[district >>> 6] & (1L << district)) != 0) {
                readOldCommune(m, k, true, type, accent, end);
            } else if (type != UnitTypes.NONE || provinceNamed(names[k + 3])) {
                if (deferred == later.length) {
                    later = java.util.Arrays.copyOf(later, 2 * deferred);
                }
                later[deferred++] = k;
            }
        }
        for (int i = 0; i < deferred; i++) {
            readOldCommune(m, later[i], false, type, accent, end);
        }
    }

    private boolean provinceNamed(int facts) {
        return ((oldProvincesNamed >>> Gazetteer.oldProvinceOf(facts)) & 1) != 0
                || ((newProvincesNamed >>> Gazetteer.newProvinceOf(facts)) & 1) != 0;
    }

    /** Scores the old commune whose id is at {@code names[k]}. */
    private void readOldCommune(int m, int k, boolean districtNamed, int type, int accent, int end) {
        int u = names[k];
        int district = names[k + 2];
        int facts = names[k + 3];
        int unitType = Gazetteer.typeOf(facts);
        int oldProvince = Gazetteer.oldProvinceOf(facts);
        int newProvince = Gazetteer.newProvinceOf(facts);
        boolean provinceNamed = provinceNamed(facts);
        double score = COMMUNE + typeScore(type, unitType) + accentScore(accent, names[k + 1]);
        if (!districtNamed) {
            if (score + (provinceNamed ? PROVINCE : 0) < readings.best - Readings.TIE) {
                return;
            }
        }
        double districtScore = 0;
        int districtEnd = -1;
        for (int i = 0; districtNamed && i < districts; i++) {
            int d = districtMentions[i];
            int dStart = mentions.typeStart[d];
            if (dStart < end || !g.names(mentions.entry[d], Level.DISTRICT, district)) {
                continue;
            }
            int dType = mentions.type[d];
            // "Thái Nguyên" alone after a ward may be the city or the province: weigh it as a province
            double named = dType == UnitTypes.NONE
                            && g.names(mentions.entry[d], Level.OLD_PROVINCE, g.districtProvince[district])
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
        double provinceScore = provinceScore(from, oldProvince, newProvince);
        if (districtEnd < 0 && provinceScore == 0 && type == UnitTypes.NONE) {
            return; // a bare name with nothing around it is more likely a street
        }
        int lastToken = provinceScore > 0 ? provinceEnd : from;
        score += districtScore + provinceScore - PER_TOKEN_AFTER * (tokens - lastToken);
        double confidence = confidence(districtEnd >= 0, provinceScore > 0, typeDiffers(type, unitType));
        readings.offer(score, Readings.OLD_COMMUNE, u, mentions.typeStart[m], confidence);
    }

    private void readNewCommunes(int m) {
        int e = mentions.entry[m];
        int type = mentions.type[m];
        int accent = Gazetteer.foldAccent(mentions.accent[m]);
        int end = mentions.end[m];
        for (int k = g.from(e, Level.NEW_COMMUNE), to = g.to(e, Level.NEW_COMMUNE); k < to; k += Gazetteer.STRIDE) {
            int u = names[k];
            int facts = names[k + 3];
            int newProvince = Gazetteer.newProvinceOf(facts);
            if (type == UnitTypes.NONE && ((newProvincesNamed >>> newProvince) & 1) == 0) {
                continue;
            }
            int unitType = Gazetteer.typeOf(facts);
            double score = COMMUNE + typeScore(type, unitType) + accentScore(accent, names[k + 1]);
            double provinceScore = newProvinceScore(end, newProvince);
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
        int e = mentions.entry[d];
        for (int k = g.from(e, Level.DISTRICT), to = g.to(e, Level.DISTRICT); k < to; k += Gazetteer.STRIDE) {
            int district = names[k];
            if (!g.islandDistrict[district]) {
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
            int e = mentions.entry[p];
            double s;
            if (g.names(e, Level.OLD_PROVINCE, oldProvince)) {
                s = PROVINCE;
            } else if (g.names(e, Level.NEW_PROVINCE, newProvince)) {
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
            if (pStart < from || !g.names(mentions.entry[p], Level.NEW_PROVINCE, newProvince)) {
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
    private double accentScore(int written, int actual) {
        return accented && written == actual ? ACCENTS_AGREE : 0;
    }

    private static double confidence(boolean district, boolean province, boolean typeDiffers) {
        double confidence = district ? (province ? 1.0 : 0.9) : (province ? 0.85 : 0.5);
        return typeDiffers ? confidence - 0.05 : confidence;
    }
}
