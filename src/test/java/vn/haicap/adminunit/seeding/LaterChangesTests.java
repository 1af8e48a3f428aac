package vn.haicap.adminunit.seeding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.haicap.adminunit.AdminUnitDataset.LaterChange;
import vn.haicap.adminunit.UnitLevel;

class LaterChangesTests {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate APRIL_30 = LocalDate.of(2026, 4, 30);

    private final RegistryDraft draft = new RegistryDraft();

    @Test
    void aDatedChangeEndsTheVersionTheDayBeforeAndStartsANewOneWithTheSameCode() {
        SeedVersion province = province("75", "Đồng Nai", "Tỉnh Đồng Nai", "tinh");

        LaterChanges.apply(draft, change(APRIL_30, "province", "75", "Tỉnh Đồng Nai", "Thành phố Đồng Nai"));

        Registry registry = draft.toRegistry();
        assertThat(registry.versions()).hasSize(2);
        SeedVersion before = registry.versions().get(0);
        SeedVersion after = registry.versions().get(1);
        assertThat(before.id()).isEqualTo(province.id());
        assertThat(before.validTo()).isEqualTo(LocalDate.of(2026, 4, 29));
        assertThat(after.code()).isEqualTo("75");
        assertThat(after.validFrom()).isEqualTo(APRIL_30);
        assertThat(after.validTo()).isNull();
        assertThat(after.fullName()).isEqualTo("Thành phố Đồng Nai");
        assertThat(after.name()).isEqualTo("Đồng Nai");
        assertThat(after.type()).isEqualTo("thanh_pho_truc_thuoc_tw");
        assertThat(after.areaKm2()).isEqualTo(province.areaKm2());
    }

    @Test
    void aDatedChangeOfTypeIsATypeChangeEventLinkingBothVersionsAsRenamed() {
        province("75", "Đồng Nai", "Tỉnh Đồng Nai", "tinh");

        LaterChanges.apply(draft, change(APRIL_30, "province", "75", "Tỉnh Đồng Nai", "Thành phố Đồng Nai"));

        Registry registry = draft.toRegistry();
        assertThat(registry.events()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("type_change");
            assertThat(e.effectiveDate()).isEqualTo(APRIL_30);
            assertThat(e.legalBasis()).isEqualTo("Nghị quyết X");
        });
        assertThat(registry.links()).containsExactly(new SeedLink(1, 1, 2L, "renamed"));
    }

    @Test
    void aDatedChangeOfNameOnlyIsARename() {
        commune("00745", "Xã Cũ");

        LaterChanges.apply(draft, change(APRIL_30, "commune", "00745", "Xã Cũ", "Xã Mới"));

        assertThat(draft.toRegistry().events())
                .singleElement()
                .extracting(SeedEvent::kind)
                .isEqualTo("rename");
    }

    @Test
    void anUndatedChangeCorrectsTheVersionInForceAndKeepsTheOldSpellingAsAnAlias() {
        SeedVersion commune = commune("00745", "Xã Phó Bảng");

        LaterChanges.apply(draft, change(null, "commune", "00745", "Xã Phó Bảng", "Xã Phố Bảng"));

        Registry registry = draft.toRegistry();
        assertThat(registry.versions()).singleElement().satisfies(v -> {
            assertThat(v.fullName()).isEqualTo("Xã Phố Bảng");
            assertThat(v.name()).isEqualTo("Phố Bảng");
            assertThat(v.validFrom()).isEqualTo(commune.validFrom());
            assertThat(v.validTo()).isNull();
        });
        assertThat(registry.events()).isEmpty();
        assertThat(registry.aliases())
                .containsExactly(new SeedAlias(commune.id(), "Xã Phó Bảng", "earlier_spelling", "no act known"));
    }

    @Test
    void changesApplyInDateOrderWithUndatedOnesLast() {
        commune("00745", "Xã A");

        LaterChanges.apply(
                draft,
                List.of(
                        change(null, "commune", "00745", "Phường B", "Phường Bê"),
                        change(APRIL_30, "commune", "00745", "Xã A", "Phường B")));

        Registry registry = draft.toRegistry();
        assertThat(registry.versions()).extracting(SeedVersion::fullName).containsExactly("Xã A", "Phường Bê");
        assertThat(registry.aliases()).extracting(SeedAlias::fullName).containsExactly("Phường B");
    }

    @Test
    void refusesAChangeWhoseBeforeValueIsNotTheNameInForce() {
        commune("00745", "Xã Khác");

        assertThatThrownBy(() -> LaterChanges.apply(draft, change(APRIL_30, "commune", "00745", "Xã A", "Xã B")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Xã Khác");
    }

    private SeedVersion province(String code, String name, String fullName, String type) {
        return draft.add(id -> new SeedVersion(
                id,
                code,
                UnitLevel.PROVINCE,
                name,
                fullName,
                type,
                null,
                code,
                REFORM,
                null,
                null,
                new java.math.BigDecimal("12737.20"),
                4491408L,
                null,
                null));
    }

    private SeedVersion commune(String code, String fullName) {
        var names = UnitNames.parse(UnitLevel.COMMUNE, fullName);
        return draft.add(id -> new SeedVersion(
                id,
                code,
                UnitLevel.COMMUNE,
                names.name(),
                fullName,
                names.type(),
                "08",
                "08",
                REFORM,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    private static LaterChange change(
            @Nullable LocalDate date, String level, String code, String before, String after) {
        return new LaterChange(
                date, level, code, "type_and_name", before, after, date == null ? "no act known" : "Nghị quyết X");
    }
}
