package vn.haicap.address.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.haicap.address.AddressConversion;
import vn.haicap.address.AddressConversion.Candidate;
import vn.haicap.address.AddressConversion.Status;
import vn.haicap.address.AddressConversion.UnitRef;
import vn.haicap.adminunit.AdminUnitDataset;

class AddressMatcherTests {

    private static AddressMatcher matcher;
    private static ExecutorService pool;

    @BeforeAll
    static void buildMatcher() {
        matcher = AddressMatcher.from(AdminUnitDataset.loadFromClasspath());
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void convertsWardWithAbbreviatedDistrictAndCity() {
        AddressConversion result = matcher.convert("12 Nguyễn Trãi P2 Q5 TPHCM");

        assertThat(result.status()).isEqualTo(Status.CONVERTED);
        assertThat(result.oldCommune()).isEqualTo(new UnitRef("27307", "Phường 2"));
        assertThat(result.oldDistrict()).isEqualTo(new UnitRef("774", "Quận 5"));
        assertThat(result.oldProvince()).isEqualTo(new UnitRef("79", "Thành phố Hồ Chí Minh"));
        assertThat(result.newCommune()).isEqualTo(new UnitRef("27301", "Phường Chợ Quán"));
        assertThat(result.newProvince()).isEqualTo(new UnitRef("79", "Thành phố Hồ Chí Minh"));
        assertThat(result.streetPart()).isEqualTo("12 Nguyễn Trãi");
        assertThat(result.confidence()).isEqualTo(1.0);
    }

    @Test
    void convertsAddressWithoutUnitWords() {
        AddressConversion result = matcher.convert("Trúc Bạch, Ba Đình, Hà Nội");

        assertThat(result.status()).isEqualTo(Status.CONVERTED);
        assertThat(result.oldCommune().code()).isEqualTo("00004");
        assertThat(result.newCommune()).isEqualTo(new UnitRef("00004", "Phường Ba Đình"));
    }

    @Test
    void convertsAddressWithoutDiacriticsInAnyCaseAndSpacing() {
        AddressConversion plain = matcher.convert("  PHUONG truc bach ,quan  BA DINH,ha noi ");
        AddressConversion decomposed =
                matcher.convert(Normalizer.normalize("Phường Trúc Bạch, Quận Ba Đình, Hà Nội", Normalizer.Form.NFD));

        assertThat(plain.oldCommune().code()).isEqualTo("00004");
        assertThat(decomposed.oldCommune().code()).isEqualTo("00004");
    }

    @Test
    void treatsEitherTonePlacementAlike() {
        assertThat(matcher.convert("Phường Hoà Cường Bắc, Hải Châu, Đà Nẵng").oldCommune())
                .isEqualTo(matcher.convert("Phường Hòa Cường Bắc, Hải Châu, Đà Nẵng")
                        .oldCommune())
                .isEqualTo(new UnitRef("20257", "Phường Hòa Cường Bắc"));
        assertThat(matcher.convert("Xã Hoằng Quí, Hoằng Hoá, Thanh Hoá")
                        .oldCommune()
                        .name())
                .isEqualTo("Xã Hoằng Quý");
    }

    @Test
    void tellsApartNamesThatDifferOnlyInAccentsWhenTheTextHasThem() {
        AddressConversion accented = matcher.convert("Xã Minh Quán, Huyện Trấn Yên, Yên Bái");
        AddressConversion plain = matcher.convert("Xa Minh Quan, Huyen Tran Yen, Yen Bai");

        assertThat(accented.status()).isEqualTo(Status.CONVERTED);
        assertThat(accented.oldCommune().code()).isEqualTo("04516");
        assertThat(plain.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(plain.candidates())
                .extracting(c -> c.oldCommune().name())
                .containsExactlyInAnyOrder("Xã Minh Quán", "Xã Minh Quân");
    }

    @Test
    void readsNumberedWardsWrittenInEveryUsualWay() {
        for (String address : List.of(
                "Phường 03, Quận 3, TP.HCM",
                "P.3, Q.3, HCM",
                "F3 Q3 Sài Gòn",
                "p3 q3 tphcm",
                "Phường III, Quận 3, HCM")) {
            assertThat(matcher.convert(address).oldCommune()).as(address).isEqualTo(new UnitRef("27154", "Phường 3"));
        }
    }

    @Test
    void readsRomanWardNumbersBothWays() {
        assertThat(matcher.convert("Phường IV, TP Vị Thanh, Hậu Giang")
                        .oldCommune()
                        .code())
                .isEqualTo("31324");
        assertThat(matcher.convert("Phường 4, TP Vị Thanh, Hậu Giang")
                        .oldCommune()
                        .code())
                .isEqualTo("31324");
    }

    @Test
    void doesNotTakeASyllableForARomanNumeral() {
        AddressConversion result = matcher.convert("Phường Vị Thanh, Thành phố Cần Thơ");

        assertThat(result.status()).isEqualTo(Status.ALREADY_NEW);
        assertThat(result.newCommune()).isEqualTo(new UnitRef("31321", "Phường Vị Thanh"));
    }

    @Test
    void findsTheProvinceFromTheDistrictWhenTheProvinceIsLeftOut() {
        AddressConversion result = matcher.convert("Phường 3, Quận 3");

        assertThat(result.status()).isEqualTo(Status.CONVERTED);
        assertThat(result.oldProvince().code()).isEqualTo("79");
        assertThat(result.newProvince().code()).isEqualTo("79");
        assertThat(result.confidence()).isLessThan(1.0).isGreaterThan(0.5);
    }

    @Test
    void listsEveryOldCommuneWhenTheDistrictFitsSeveralProvinces() {
        AddressConversion result = matcher.convert("Thị trấn An Lão, Huyện An Lão");

        assertThat(result.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(result.newCommune()).isNull();
        assertThat(result.candidates())
                .extracting(c -> c.oldCommune().name(), c -> c.province().code())
                .contains(tuple("Thị trấn An Lão", "31"), tuple("Thị trấn An Lão", "52"));
    }

    @Test
    void listsAllTargetsOfASplitCommuneWithTheirRelation() {
        AddressConversion result = matcher.convert("Phường Yên Hoà, Cầu Giấy, Hà Nội");

        assertThat(result.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(result.oldCommune()).isEqualTo(new UnitRef("00172", "Phường Yên Hoà"));
        assertThat(result.newCommune()).isNull();
        assertThat(result.newProvince().code()).isEqualTo("01");
        assertThat(result.candidates())
                .extracting(Candidate::code, Candidate::name, Candidate::relation)
                .containsExactlyInAnyOrder(
                        tuple("00166", "Phường Cầu Giấy", "partial"), tuple("00175", "Phường Yên Hòa", "partial"));
    }

    @Test
    void listsCandidatesFromEveryOldCommuneThatFitsTheText() {
        AddressConversion result = matcher.convert("Yên Viên, Gia Lâm, Hà Nội");

        assertThat(result.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(result.oldCommune()).isNull();
        assertThat(result.oldDistrict().code()).isEqualTo("018");
        assertThat(result.candidates())
                .extracting(c -> c.oldCommune().name())
                .containsExactlyInAnyOrder("Thị trấn Yên Viên", "Xã Yên Viên");
    }

    @Test
    void prefersTheUnitTypeThatIsWritten() {
        assertThat(matcher.convert("Xã Yên Viên, Gia Lâm, Hà Nội").oldCommune().name())
                .isEqualTo("Xã Yên Viên");
        assertThat(matcher.convert("TT. Yên Viên, Gia Lâm, Hà Nội").oldCommune().name())
                .isEqualTo("Thị trấn Yên Viên");
    }

    @Test
    void recognisesAnAddressAlreadyInTheTwoTierForm() {
        AddressConversion result = matcher.convert("Số 2 Phố Trúc Bạch, Phường Ba Đình, Thành phố Hà Nội");

        assertThat(result.status()).isEqualTo(Status.ALREADY_NEW);
        assertThat(result.oldCommune()).isNull();
        assertThat(result.newCommune()).isEqualTo(new UnitRef("00004", "Phường Ba Đình"));
        assertThat(result.newProvince()).isEqualTo(new UnitRef("01", "Thành phố Hà Nội"));
        assertThat(result.streetPart()).isEqualTo("Số 2 Phố Trúc Bạch");
    }

    @Test
    void readsAnAddressWithAnAbolishedProvinceAsOld() {
        AddressConversion result = matcher.convert("Thị trấn Phố Bảng, Đồng Văn, Hà Giang");

        assertThat(result.status()).isEqualTo(Status.CONVERTED);
        assertThat(result.oldCommune()).isEqualTo(new UnitRef("00712", "Thị trấn Phó Bảng"));
        assertThat(result.newCommune()).isEqualTo(new UnitRef("00745", "Xã Phố Bảng"));
        assertThat(result.newProvince()).isEqualTo(new UnitRef("08", "Tỉnh Tuyên Quang"));
    }

    @Test
    void appliesTheChangesOf2026ToNewNamesAndAcceptsBothSpellings() {
        AddressConversion newSpelling = matcher.convert("xã Phố Bảng, Tuyên Quang");
        AddressConversion oldSpelling = matcher.convert("Xã Phó Bảng, Tỉnh Tuyên Quang");
        AddressConversion retyped = matcher.convert("Phường Lộc Ninh, Thành phố Đồng Nai");
        AddressConversion beforeRetyping = matcher.convert("Xã Lộc Ninh, Tỉnh Đồng Nai");

        assertThat(newSpelling.newCommune()).isEqualTo(new UnitRef("00745", "Xã Phố Bảng"));
        assertThat(oldSpelling.newCommune()).isEqualTo(newSpelling.newCommune());
        assertThat(retyped.status()).isEqualTo(Status.ALREADY_NEW);
        assertThat(retyped.newCommune()).isEqualTo(new UnitRef("25270", "Phường Lộc Ninh"));
        assertThat(retyped.newProvince()).isEqualTo(new UnitRef("75", "Thành phố Đồng Nai"));
        assertThat(beforeRetyping.newCommune()).isEqualTo(retyped.newCommune());
    }

    @Test
    void ignoresAProvinceNameInsideTheStreetName() {
        AddressConversion result = matcher.convert("Số 1 Đường Hà Nội, Phường Phước Long A, TP Thủ Đức, TPHCM");

        assertThat(result.oldCommune().code()).isEqualTo("26851");
        assertThat(result.oldProvince().code()).isEqualTo("79");
        assertThat(result.streetPart()).isEqualTo("Số 1 Đường Hà Nội");
    }

    @Test
    void prefersTheWardOverAStreetOfTheSameName() {
        AddressConversion result = matcher.convert("Số 10 Đường Quang Trung, Phường Quang Trung, Hà Đông, Hà Nội");

        assertThat(result.oldCommune().name()).isEqualTo("Phường Quang Trung");
        assertThat(result.oldDistrict().name()).isEqualTo("Quận Hà Đông");
        assertThat(result.streetPart()).isEqualTo("Số 10 Đường Quang Trung");
    }

    @Test
    void acceptsTypographicApostrophesAndJoinedWords() {
        assertThat(matcher.convert("Thị trấn M’Đrắk, Huyện M’Đrắk, Đắk Lắk")
                        .oldCommune()
                        .code())
                .isEqualTo(matcher.convert("TT. MĐrắk, H. MĐrắk, Daklak")
                        .oldCommune()
                        .code())
                .isEqualTo(matcher.convert("tt m'drak, h m'drak, dak lak")
                        .oldCommune()
                        .code());
        assertThat(matcher.convert("Xã EaBia, Sông Hinh, Phú Yên").oldCommune())
                .isEqualTo(matcher.convert("Xã Ea Bia, Sông Hinh, Phú Yên").oldCommune());
    }

    @Test
    void acceptsCommonProvinceAbbreviations() {
        for (String address : List.of(
                "Phường 1, Vũng Tàu, BR-VT",
                "Phường 1, Vũng Tàu, BRVT",
                "Phường 1, Vũng Tàu, Bà Rịa - Vũng Tàu",
                "Phường 1, TP Vũng Tàu, Ba Ria Vung Tau")) {
            assertThat(matcher.convert(address).oldProvince().code())
                    .as(address)
                    .isEqualTo("77");
        }
        assertThat(matcher.convert("Số 5 Phố Huế, Phường Hàng Bài, Quận Hoàn Kiếm, HN")
                        .oldCommune()
                        .name())
                .isEqualTo("Phường Hàng Bài");
        assertThat(matcher.convert("Phường Phú Hội, Quận Thuận Hóa, Thừa Thiên Huế")
                        .oldProvince()
                        .code())
                .isEqualTo("46");
    }

    @Test
    void convertsAnIslandDistrictThatHadNoCommunes() {
        AddressConversion result = matcher.convert("Huyện Côn Đảo, Bà Rịa - Vũng Tàu");

        assertThat(result.status()).isEqualTo(Status.CONVERTED);
        assertThat(result.oldCommune()).isNull();
        assertThat(result.oldDistrict().name()).isEqualTo("Huyện Côn Đảo");
        assertThat(result.newCommune()).isEqualTo(new UnitRef("26732", "Đặc khu Côn Đảo"));
    }

    @Test
    void returnsNotFoundWithTheWholeTextWhenNoCommuneIsNamed() {
        for (String address : List.of("Quận 3, TP.HCM", "Số 12 Đường Nguyễn Trãi", "Trúc Bạch", "")) {
            AddressConversion result = matcher.convert(address);
            assertThat(result.status()).as(address).isEqualTo(Status.NOT_FOUND);
            assertThat(result.streetPart()).as(address).isEqualTo(address.strip());
        }
    }

    @Test
    void neverThrowsWhateverTheInput() {
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            longText.append("Phường ").append(i % 30).append(", ");
        }
        for (String odd : new String[] {
            null,
            "   ",
            ",,,;;",
            "🙂🙂🙂",
            "\u0301\u0300",
            "P.",
            "Q",
            "F",
            longText.toString(),
            "'''",
            "x".repeat(10_000)
        }) {
            assertThat(matcher.convert(odd)).as(String.valueOf(odd)).isNotNull();
        }
    }

    @Test
    void sharesOnePrecomputedResultWhenOnlyTheUnitsAreWritten() {
        AddressConversion first = matcher.convert("Phường Trúc Bạch, Quận Ba Đình, Thành phố Hà Nội");
        AddressConversion second = matcher.convert("phuong truc bach quan ba dinh ha noi");

        assertThat(second).isSameAs(first);
    }

    @Test
    void givesTheSameAnswersFromSeveralThreads() throws Exception {
        List<String> addresses = List.of(
                "12 Nguyễn Trãi P2 Q5 TPHCM",
                "Phường Yên Hoà, Cầu Giấy, Hà Nội",
                "Xã EaBia, Sông Hinh, Phú Yên",
                "xã Phố Bảng, Tuyên Quang");
        List<AddressConversion> expected =
                addresses.stream().map(matcher::convert).toList();
        List<Future<Boolean>> runs = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            runs.add(pool.submit(() -> {
                for (int i = 0; i < 2_000; i++) {
                    int k = i % addresses.size();
                    if (!matcher.convert(addresses.get(k)).equals(expected.get(k))) {
                        return false;
                    }
                }
                return true;
            }));
        }
        for (Future<Boolean> run : runs) {
            assertThat(run.get()).isTrue();
        }
    }
}
