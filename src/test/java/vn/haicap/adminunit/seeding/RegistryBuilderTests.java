package vn.haicap.adminunit.seeding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.adminunit.UnitLevel;

/** The rules that turn the official data set into versions, events and links, on the real data set. */
class RegistryBuilderTests {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final Registry REGISTRY = RegistryBuilder.build(AdminUnitDataset.loadFromClasspath());
    private static final Map<Long, SeedVersion> BY_ID =
            REGISTRY.versions().stream().collect(Collectors.toMap(SeedVersion::id, Function.identity()));

    @Test
    void keepsEveryOldAndNewUnitAsItsOwnVersion() {
        assertThat(count(UnitLevel.PROVINCE, null)).isEqualTo(63);
        assertThat(count(UnitLevel.DISTRICT, null)).isEqualTo(696);
        assertThat(count(UnitLevel.COMMUNE, null)).isEqualTo(10_035);
        assertThat(count(UnitLevel.PROVINCE, REFORM)).isEqualTo(34);
        assertThat(count(UnitLevel.COMMUNE, REFORM)).isEqualTo(3_321);
    }

    @Test
    void endsEveryOldVersionOnTheLastDayBeforeTheReformWithAnUnknownStart() {
        assertThat(REGISTRY.versions().stream().filter(v -> v.validFrom() == null))
                .hasSize(63 + 696 + 10_035)
                .allSatisfy(v -> assertThat(v.validTo()).isEqualTo(LocalDate.of(2025, 6, 30)));
    }

    @Test
    void recordsOneEventPerNewProvincePerNewCommuneAndOneForTheDistrictTierAndOnePerDatedLaterChange() {
        assertThat(REGISTRY.events()).hasSize(34 + 3_321 + 1 + 11);
        assertThat(REGISTRY.events().stream().filter(e -> e.kind().equals("abolished_level")))
                .singleElement()
                .satisfies(e -> assertThat(e.legalBasis()).contains("72/2025/QH15"));
    }

    @Test
    void mergesTheProvincesOfAnGiangUnderKienGiangsOldCode() {
        SeedVersion anGiang = current("91", UnitLevel.PROVINCE);
        var predecessors = predecessorsOf(anGiang);
        assertThat(predecessors)
                .extracting(l -> BY_ID.get(l.predecessorId()).fullName())
                .containsExactlyInAnyOrder("Tỉnh An Giang", "Tỉnh Kiên Giang");
        assertThat(predecessors).extracting(SeedLink::relation).containsOnly("whole");
        assertThat(eventOf(predecessors.get(0)).kind()).isEqualTo("merge");
        assertThat(eventOf(predecessors.get(0)).legalBasis()).contains("202/2025/QH15");
    }

    @Test
    void marksAProvinceThatWasNotMergedAsUnchanged() {
        var links = predecessorsOf(current("01", UnitLevel.PROVINCE));
        assertThat(links).singleElement().extracting(SeedLink::relation).isEqualTo("unchanged");
        assertThat(eventOf(links.get(0)).kind()).isEqualTo("unchanged");
    }

    @Test
    void linksASplitOldCommuneToEachNewCommuneWithAPartialRelation() {
        SeedVersion trungHoa = old("00175", UnitLevel.COMMUNE);
        List<SeedLink> successors = REGISTRY.links().stream()
                .filter(l -> l.predecessorId() == trungHoa.id())
                .toList();
        assertThat(trungHoa.fullName()).isEqualTo("Phường Trung Hoà");
        assertThat(successors).hasSize(3).extracting(SeedLink::relation).containsOnly("partial");
    }

    @Test
    void turnsAnIslandDistrictWithoutCommunesIntoANewSpecialZoneAsAWhole() {
        var links = predecessorsOf(current("26732", UnitLevel.COMMUNE));
        assertThat(links).singleElement().satisfies(l -> {
            assertThat(BY_ID.get(l.predecessorId()).fullName()).isEqualTo("Huyện Côn Đảo");
            assertThat(l.relation()).isEqualTo("whole");
            assertThat(eventOf(l).kind()).isEqualTo("new_unit");
        });
    }

    @Test
    void givesKimDongOnlyPartOfKimSonDistrictBecauseTheDistrictHadCommunesOfItsOwn() {
        var links = predecessorsOf(current("14698", UnitLevel.COMMUNE));
        assertThat(links)
                .filteredOn(l -> BY_ID.get(l.predecessorId()).level() == UnitLevel.DISTRICT)
                .singleElement()
                .extracting(SeedLink::relation)
                .isEqualTo("partial");
    }

    @Test
    void dongNaiBecomesACityOnThe30thOfApril2026() {
        List<SeedVersion> versions = versions("75", UnitLevel.PROVINCE);
        assertThat(versions)
                .extracting(SeedVersion::fullName)
                .containsExactly("Tỉnh Đồng Nai", "Tỉnh Đồng Nai", "Thành phố Đồng Nai");
        assertThat(versions.get(1).validTo()).isEqualTo(LocalDate.of(2026, 4, 29));
        assertThat(versions.get(2).validFrom()).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void tenDongNaiCommunesBecomeWardsOnThe30thOfApril2026() {
        assertThat(REGISTRY.versions().stream()
                        .filter(v -> LocalDate.of(2026, 4, 30).equals(v.validFrom()) && v.level() == UnitLevel.COMMUNE))
                .hasSize(10)
                .allSatisfy(v -> assertThat(v.type()).isEqualTo("phuong"));
    }

    @Test
    void correctsPhoBangsSpellingWithoutANewVersion() {
        List<SeedVersion> versions = versions("00745", UnitLevel.COMMUNE);
        SeedVersion current = versions.get(versions.size() - 1);
        assertThat(current.fullName()).isEqualTo("Xã Phố Bảng");
        assertThat(current.validFrom()).isEqualTo(REFORM);
        assertThat(REGISTRY.aliases())
                .anySatisfy(a -> assertThat(a)
                        .isEqualTo(new SeedAlias(current.id(), "Xã Phó Bảng", "earlier_spelling", a.note())));
    }

    @Test
    void keepsTheStatisticsOfficesSpellingsAsAliases() {
        assertThat(REGISTRY.aliases())
                .filteredOn(a -> a.kind().equals("nso_spelling"))
                .isNotEmpty();
    }

    private static long count(UnitLevel level, LocalDate validFrom) {
        return REGISTRY.versions().stream()
                .filter(v -> v.level() == level && java.util.Objects.equals(v.validFrom(), validFrom))
                .count();
    }

    private static List<SeedVersion> versions(String code, UnitLevel level) {
        return REGISTRY.versions().stream()
                .filter(v -> v.code().equals(code) && v.level() == level)
                .toList();
    }

    private static SeedVersion current(String code, UnitLevel level) {
        return versions(code, level).stream()
                .filter(v -> REFORM.equals(v.validFrom()))
                .findFirst()
                .orElseThrow();
    }

    private static SeedVersion old(String code, UnitLevel level) {
        return versions(code, level).stream()
                .filter(v -> v.validFrom() == null)
                .findFirst()
                .orElseThrow();
    }

    private static List<SeedLink> predecessorsOf(SeedVersion version) {
        return REGISTRY.links().stream()
                .filter(l -> Long.valueOf(version.id()).equals(l.successorId()))
                .toList();
    }

    private static SeedEvent eventOf(SeedLink link) {
        return REGISTRY.events().get((int) link.eventId() - 1);
    }
}
