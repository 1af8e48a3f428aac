package vn.haicap.address.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.haicap.address.AddressConversion;
import vn.haicap.address.AddressConversion.Candidate;
import vn.haicap.address.AddressConversion.Status;
import vn.haicap.address.AddressConversion.UnitRef;
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.adminunit.AdminUnitDataset.LaterChange;
import vn.haicap.adminunit.AdminUnitDataset.OldToNewLink;

/** Builds the {@link Gazetteer} from the data set: units, their names and aliases, and the precomputed results. */
final class GazetteerBuilder {

    private final AdminUnitDataset data;
    private final Map<Long, Phrase> phrases = new HashMap<>();

    private GazetteerBuilder(AdminUnitDataset data) {
        this.data = data;
    }

    static Gazetteer build(AdminUnitDataset data) {
        return new GazetteerBuilder(data).build();
    }

    @SuppressWarnings("unchecked")
    private Gazetteer build() {
        addTypeWords();

        Map<String, String> laterNames = new HashMap<>();
        for (LaterChange change : data.laterChanges()) {
            laterNames.put(change.level() + ":" + change.code(), change.valueAfter());
        }

        var provinces = data.provinces();
        Map<String, Integer> newProvinceIndex = new HashMap<>();
        UnitRef[] newProvinces = new UnitRef[provinces.size()];
        for (int i = 0; i < provinces.size(); i++) {
            var p = provinces.get(i);
            String fullName = laterNames.getOrDefault("province:" + p.code(), p.fullName());
            newProvinces[i] = new UnitRef(p.code(), fullName);
            newProvinceIndex.put(p.code(), i);
            addName(p.name(), Level.NEW_PROVINCE, i);
            addName(UnitTypes.stripTypeWord(fullName), Level.NEW_PROVINCE, i);
            for (String alias : ProvinceAliases.of(p.code())) {
                addName(alias, Level.NEW_PROVINCE, i);
            }
        }

        var oldProvinceList = data.oldProvinces();
        Map<String, Integer> oldProvinceIndex = new HashMap<>();
        UnitRef[] oldProvinces = new UnitRef[oldProvinceList.size()];
        int[] oldProvinceNewProvince = new int[oldProvinceList.size()];
        for (int i = 0; i < oldProvinceList.size(); i++) {
            var p = oldProvinceList.get(i);
            oldProvinces[i] = new UnitRef(p.code(), p.fullName());
            oldProvinceNewProvince[i] = newProvinceIndex.get(p.newProvinceCode());
            oldProvinceIndex.put(p.code(), i);
            addName(p.name(), Level.OLD_PROVINCE, i);
            for (String alias : ProvinceAliases.of(p.code())) {
                addName(alias, Level.OLD_PROVINCE, i);
            }
        }

        var districtList = data.oldDistricts();
        Map<String, Integer> districtIndex = new HashMap<>();
        UnitRef[] districts = new UnitRef[districtList.size()];
        int[] districtType = new int[districtList.size()];
        int[] districtProvince = new int[districtList.size()];
        for (int i = 0; i < districtList.size(); i++) {
            var d = districtList.get(i);
            districts[i] = new UnitRef(d.code(), d.fullName());
            districtType[i] = UnitTypes.ofDataType(d.type());
            districtProvince[i] = oldProvinceIndex.get(d.provinceCode());
            districtIndex.put(d.code(), i);
            addName(d.name(), Level.DISTRICT, i);
            addNumberVariant(d.name(), Level.DISTRICT, i);
        }

        var communes = data.communes();
        Map<String, Integer> newCommuneIndex = new HashMap<>();
        UnitRef[] newCommunes = new UnitRef[communes.size()];
        int[] newCommuneType = new int[communes.size()];
        int[] newCommuneProvince = new int[communes.size()];
        AddressConversion[] newCommuneConversion = new AddressConversion[communes.size()];
        for (int i = 0; i < communes.size(); i++) {
            var c = communes.get(i);
            String fullName = laterNames.getOrDefault("commune:" + c.code(), c.fullName());
            newCommunes[i] = new UnitRef(c.code(), fullName);
            newCommuneType[i] = UnitTypes.ofFullName(fullName);
            newCommuneProvince[i] = newProvinceIndex.get(c.provinceCode());
            newCommuneIndex.put(c.code(), i);
            addName(c.name(), Level.NEW_COMMUNE, i);
            addName(UnitTypes.stripTypeWord(fullName), Level.NEW_COMMUNE, i);
            newCommuneConversion[i] = new AddressConversion(
                    Status.ALREADY_NEW,
                    null,
                    null,
                    null,
                    newCommunes[i],
                    newProvinces[newCommuneProvince[i]],
                    List.of(),
                    1.0,
                    "");
        }

        Map<String, List<OldToNewLink>> linksByOldCommune = new LinkedHashMap<>();
        Map<String, OldToNewLink> wholeDistrictLinks = new HashMap<>();
        for (OldToNewLink link : data.links()) {
            if (link.oldCommuneCode().isEmpty()) {
                wholeDistrictLinks.put(link.oldDistrictCode(), link);
            } else {
                linksByOldCommune
                        .computeIfAbsent(link.oldCommuneCode(), k -> new ArrayList<>())
                        .add(link);
            }
        }

        var oldCommuneList = data.oldCommunes();
        int n = oldCommuneList.size();
        int[] oldCommuneType = new int[n];
        int[] oldCommuneDistrict = new int[n];
        int[] oldCommuneProvince = new int[n];
        int[] oldCommuneNewProvince = new int[n];
        AddressConversion[] oldCommuneConversion = new AddressConversion[n];
        List<Candidate>[] oldCommuneCandidates = new List[n];
        boolean[] districtHasCommunes = new boolean[districts.length];
        for (int i = 0; i < n; i++) {
            var c = oldCommuneList.get(i);
            UnitRef self = new UnitRef(c.code(), c.fullName());
            oldCommuneType[i] = UnitTypes.ofDataType(c.type());
            oldCommuneDistrict[i] = districtIndex.get(c.districtCode());
            oldCommuneProvince[i] = oldProvinceIndex.get(c.provinceCode());
            oldCommuneNewProvince[i] = newProvinceIndex.get(c.newProvinceCode());
            districtHasCommunes[oldCommuneDistrict[i]] = true;
            UnitRef newProvince = newProvinces[oldCommuneNewProvince[i]];

            List<OldToNewLink> links = linksByOldCommune.getOrDefault(c.code(), List.of());
            List<Candidate> plain = new ArrayList<>();
            List<Candidate> named = new ArrayList<>();
            for (OldToNewLink link : links) {
                int target = newCommuneIndex.get(link.newCommuneCode());
                UnitRef targetProvince = newProvinces[newCommuneProvince[target]];
                plain.add(new Candidate(
                        newCommunes[target].code(), newCommunes[target].name(), link.relation(), null, targetProvince));
                named.add(new Candidate(
                        newCommunes[target].code(), newCommunes[target].name(), link.relation(), self, targetProvince));
            }
            oldCommuneCandidates[i] = List.copyOf(named);
            boolean split = plain.size() > 1;
            oldCommuneConversion[i] = new AddressConversion(
                    split ? Status.AMBIGUOUS : Status.CONVERTED,
                    self,
                    districts[oldCommuneDistrict[i]],
                    oldProvinces[oldCommuneProvince[i]],
                    split || plain.isEmpty()
                            ? null
                            : newCommunes[newCommuneIndex.get(plain.get(0).code())],
                    newProvince,
                    split ? List.copyOf(plain) : List.of(),
                    1.0,
                    "");

            addName(c.name(), Level.OLD_COMMUNE, i);
            if (!c.altNameNso().isBlank()) {
                addName(UnitTypes.stripTypeWord(c.altNameNso()), Level.OLD_COMMUNE, i);
            }
            addNumberVariant(c.name(), Level.OLD_COMMUNE, i);
        }

        @Nullable AddressConversion[] districtConversion = new AddressConversion[districts.length];
        for (var entry : wholeDistrictLinks.entrySet()) {
            int d = districtIndex.get(entry.getKey());
            if (districtHasCommunes[d]) {
                continue;
            }
            int target = newCommuneIndex.get(entry.getValue().newCommuneCode());
            districtConversion[d] = new AddressConversion(
                    Status.CONVERTED,
                    null,
                    districts[d],
                    oldProvinces[districtProvince[d]],
                    newCommunes[target],
                    newProvinces[newCommuneProvince[target]],
                    List.of(),
                    1.0,
                    "");
        }

        if (oldProvinces.length > Long.SIZE || newProvinces.length > Long.SIZE) {
            throw new IllegalStateException("the matcher keeps provinces in 64-bit masks");
        }
        int[][][] parents = new int[Level.COUNT][][];
        parents[Level.OLD_COMMUNE] = new int[n][];
        for (int u = 0; u < n; u++) {
            parents[Level.OLD_COMMUNE][u] = new int[] {
                oldCommuneDistrict[u],
                Gazetteer.packFacts(oldCommuneType[u], oldCommuneNewProvince[u], oldCommuneProvince[u])
            };
        }
        parents[Level.NEW_COMMUNE] = new int[communes.size()][];
        for (int u = 0; u < communes.size(); u++) {
            parents[Level.NEW_COMMUNE][u] =
                    new int[] {-1, Gazetteer.packFacts(newCommuneType[u], newCommuneProvince[u], 0)};
        }
        LongIntHashMap index = new LongIntHashMap(phrases.size());
        int[] names = new int[Level.COUNT + 2];
        int used = Level.COUNT + 2; // offset 0: an empty entry for phrases that only start names or are type words
        java.util.Arrays.fill(names, 1, Level.COUNT + 2, used);
        for (var phrase : phrases.entrySet()) {
            Phrase p = phrase.getValue();
            int entry = 0;
            if (p.names()) {
                int size = Level.COUNT + 2 + Gazetteer.STRIDE * p.unitCount();
                if (used + size > names.length) {
                    names = java.util.Arrays.copyOf(names, Math.max(2 * names.length, used + size));
                }
                entry = used;
                used = p.writeTo(names, entry, parents);
            }
            index.put(phrase.getKey(), Gazetteer.phraseCode(entry, p.typeWord, p.names(), p.prefix));
        }
        return new Gazetteer(
                index,
                java.util.Arrays.copyOf(names, used),
                oldProvinces,
                oldProvinceNewProvince,
                districts,
                districtType,
                districtProvince,
                districtConversion,
                oldCommuneConversion,
                oldCommuneCandidates,
                newCommuneConversion);
    }

    private void addTypeWords() {
        typeWord(UnitTypes.PHUONG, "phường", "p", "f", "phg");
        typeWord(UnitTypes.XA, "xã", "x");
        typeWord(UnitTypes.THI_TRAN, "thị trấn", "tt", "ttr");
        typeWord(UnitTypes.DAC_KHU, "đặc khu");
        typeWord(UnitTypes.QUAN, "quận", "q");
        typeWord(UnitTypes.HUYEN, "huyện", "h", "huyện đảo");
        typeWord(UnitTypes.THI_XA, "thị xã", "tx");
        typeWord(UnitTypes.THANH_PHO, "thành phố", "tp");
        typeWord(UnitTypes.TINH, "tỉnh", "t");
    }

    private void typeWord(int type, String... words) {
        for (String word : words) {
            AddressText text = AddressText.of(word);
            long hash = 0;
            for (int t = 0; t < text.count; t++) {
                hash = hash * text.power[t] + text.hash[t];
                Phrase phrase = phrases.computeIfAbsent(hash, k -> new Phrase());
                if (t == text.count - 1) {
                    phrase.typeWord = type;
                } else {
                    phrase.prefix = true;
                }
            }
        }
    }

    /** Numbered wards and districts are written with roman or arabic numerals: Phường IV, Phường 4. */
    private void addNumberVariant(String name, int level, int unit) {
        String arabic = RomanNumerals.toArabic(name);
        if (arabic != null) {
            register(AddressText.of(arabic), level, unit, true);
        } else if (isNumber(name)) {
            String roman = RomanNumerals.toRoman(Integer.parseInt(name));
            if (roman != null) {
                register(AddressText.of(roman), level, unit, true);
            }
        }
    }

    private void addName(String name, int level, int unit) {
        boolean numeric = isNumber(name) || RomanNumerals.toArabic(name) != null;
        register(AddressText.of(name), level, unit, numeric);
        if (name.indexOf('\'') >= 0 || name.indexOf('\u2019') >= 0) {
            // "Ea M'Doal" is also written "Ea M Doal": the same phrase with one more token boundary
            register(AddressText.of(name.replace('\'', ' ').replace('\u2019', ' ')), level, unit, numeric);
        }
    }

    private void register(AddressText text, int level, int unit, boolean numeric) {
        if (text.count == 0 || text.count > Gazetteer.MAX_PHRASE_TOKENS) {
            return;
        }
        long hash = 0;
        long accent = 0;
        for (int t = 0; t < text.count; t++) {
            hash = hash * text.power[t] + text.hash[t];
            accent += text.accent[t];
            Phrase phrase = phrases.computeIfAbsent(hash, k -> new Phrase());
            if (t < text.count - 1) {
                phrase.prefix = true;
            } else {
                phrase.add(level, unit, accent);
                phrase.numeric |= numeric;
            }
        }
    }

    private static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return !token.isEmpty();
    }

    /** A phrase while it is being collected. */
    private static final class Phrase {
        boolean prefix;
        int typeWord;
        boolean numeric;
        final List<List<long[]>> units = new ArrayList<>();

        Phrase() {
            for (int level = 0; level < Level.COUNT; level++) {
                units.add(new ArrayList<>());
            }
        }

        void add(int level, int unit, long accent) {
            for (long[] existing : units.get(level)) {
                if (existing[0] == unit && existing[1] == accent) {
                    return;
                }
            }
            units.get(level).add(new long[] {unit, accent});
        }

        boolean names() {
            return unitCount() > 0;
        }

        int unitCount() {
            int count = 0;
            for (List<long[]> level : units) {
                count += level.size();
            }
            return count;
        }

        /** Writes this entry at {@code entry} in the layout described at {@link Gazetteer#names}; returns its end. */
        int writeTo(int[] names, int entry, int[][][] parents) {
            names[entry] = numeric ? 1 : 0;
            int next = entry + Level.COUNT + 2;
            for (int level = 0; level < Level.COUNT; level++) {
                names[entry + 1 + level] = next;
                for (long[] unit : units.get(level)) {
                    int id = (int) unit[0];
                    names[next] = id;
                    names[next + 1] = Gazetteer.foldAccent(unit[1]);
                    names[next + 2] = parents[level] == null ? -1 : parents[level][id][0];
                    names[next + 3] = parents[level] == null ? 0 : parents[level][id][1];
                    next += Gazetteer.STRIDE;
                }
            }
            names[entry + 1 + Level.COUNT] = next;
            return next;
        }
    }
}
