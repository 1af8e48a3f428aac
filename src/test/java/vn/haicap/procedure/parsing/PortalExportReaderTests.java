package vn.haicap.procedure.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.haicap.procedure.ChannelKind;
import vn.haicap.procedure.CompetentLevel;
import vn.haicap.procedure.ImportReport;
import vn.haicap.procedure.OnlineServiceLevel;
import vn.haicap.procedure.Target;
import vn.haicap.procedure.TimeLimit;
import vn.haicap.procedure.store.ProcedureDraft;
import vn.haicap.shared.HaicapException;

class PortalExportReaderTests {

    private static List<ParsedItem> read(String json) {
        return PortalExportReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAnItemWithArraysObjectsAndVietnameseTexts() {
        ParsedItem item = read("""
                [{"ma_tthc": "1.001193", "ten_tthc": "Thủ tục đăng ký khai sinh", "linh_vuc": "Hộ tịch",
                  "cap_thuc_hien": ["Cấp Xã"], "doi_tuong_thuc_hien": "Công dân Việt Nam, Người nước ngoài",
                  "cach_thuc_thuc_hien": [
                    {"hinh_thuc_nop": "Trực tiếp", "thoi_gian": "Trong ngày; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo", "phi_le_phi": "Miễn lệ phí", "mo_ta": "Tại Trung tâm"},
                    {"hinh_thuc_nop": "Trực tuyến", "thoi_gian": "03 ngày làm việc", "phi_le_phi": [{"muc_phi": "8000", "mo_ta": "/bản sao"}]},
                    {"hinh_thuc_nop": "Dịch vụ bưu chính", "thoi_gian": "04 giờ làm việc", "phi_le_phi": "50.000 đồng/lần"}],
                  "trinh_tu_thuc_hien": ["Bước 1: nộp hồ sơ", "Bước 2: nhận kết quả"],
                  "tphs": [{"ten_giay_to": "Tờ khai đăng ký khai sinh", "ban_chinh": "1", "ban_sao": "0", "mau_don": "Tờ khai"},
                           {"ten_truong_hop": "Trường hợp khác", "giay_to": [{"ten_giay_to": "Giấy chứng sinh", "ban_chinh": 1, "ban_sao": 2}]}],
                  "kqth": "Giấy khai sinh\\nTrích lục", "ccpl": "Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP",
                  "yeu_cau_dieu_kien": "Không", "muc_do": "Toàn trình"}]
                """).get(0);
        assertThat(item.problems()).isEmpty();
        ProcedureDraft draft = item.draft();
        assertThat(draft).isNotNull();
        assertThat(draft.code()).isEqualTo("1.001193");
        assertThat(draft.levels()).containsExactly(CompetentLevel.COMMUNE);
        assertThat(draft.targets()).containsExactly(Target.CITIZEN);
        assertThat(draft.channels())
                .extracting(c -> c.channel())
                .containsExactly(ChannelKind.COUNTER, ChannelKind.ONLINE, ChannelKind.POST);
        assertThat(draft.channels().get(0).timeLimit().unit()).isEqualTo(TimeLimit.Unit.SAME_DAY);
        assertThat(draft.channels().get(0).fee().isFree()).isTrue();
        assertThat(draft.channels().get(1).fee().amount()).isEqualTo(8000L);
        assertThat(draft.channels().get(2).timeLimit().unit()).isEqualTo(TimeLimit.Unit.WORKING_HOURS);
        assertThat(draft.papers()).hasSize(2);
        assertThat(draft.papers().get(1).copies()).isEqualTo(2);
        assertThat(draft.papers().get(0).form()).isEqualTo("Tờ khai");
        assertThat(draft.results()).containsExactly("Giấy khai sinh", "Trích lục");
        assertThat(draft.legalBasis()).containsExactly("Luật Hộ tịch 2014", "Nghị định 123/2015/NĐ-CP");
        assertThat(draft.steps()).contains("Bước 2");
        assertThat(draft.onlineLevel()).isEqualTo(OnlineServiceLevel.FULL);
        assertThat(draft.receivableAnywhere()).isTrue();
    }

    @Test
    void reportsEachBadItemWithItsIndexAndKeepsTheOthers() {
        List<ParsedItem> items = read("""
                {"data": [
                  "not an object",
                  {"ten_tthc": "Không mã"},
                  {"ma_tthc": "1.2.3", "ten_tthc": "Mã sai"},
                  {"ma_tthc": "1.000001", "ten_tthc": "Không lĩnh vực", "cap_thuc_hien": "Cấp Xã"},
                  {"ma_tthc": "1.000002", "ten_tthc": "Cấp huyện", "linh_vuc": "X", "cap_thuc_hien": "Cấp Huyện",
                   "cach_thuc_thuc_hien": {"hinh_thuc_nop": "Trực tiếp", "thoi_gian": "05 ngày làm việc"}},
                  {"ma_tthc": "1.000003", "ten_tthc": "Không cách thức", "linh_vuc": "X", "cap_thuc_hien": "Cấp Tỉnh"},
                  {"ma_tthc": "1.000004", "ten_tthc": "Tốt", "linh_vuc": "X", "cap_thuc_hien": "Cấp Tỉnh, Cấp Xã",
                   "cach_thuc_thuc_hien": [{"hinh_thuc_nop": "Trực tiếp", "thoi_gian": "Theo quy định"}, {"hinh_thuc_nop": "Fax", "thoi_gian": "1 ngày"}]},
                  {"ma_tthc": "1.000004", "ten_tthc": "Trùng", "linh_vuc": "X", "cap_thuc_hien": "Cấp Tỉnh",
                   "cach_thuc_thuc_hien": [{"hinh_thuc_nop": "Trực tiếp", "thoi_gian": "1 ngày"}]}
                ]}
                """);
        assertThat(items).hasSize(8);
        assertThat(items)
                .extracting(i -> i.draft() != null)
                .containsExactly(false, false, false, false, false, false, true, false);
        assertThat(problems(items, 0)).containsExactly("procedure.import.item-not-object");
        assertThat(problems(items, 1)).containsExactly("procedure.import.code-missing");
        assertThat(problems(items, 2)).containsExactly("procedure.import.code-invalid");
        assertThat(problems(items, 3)).containsExactly("procedure.import.field-missing");
        assertThat(problems(items, 4))
                .containsExactly("procedure.import.level-district", "procedure.import.level-missing");
        assertThat(problems(items, 5)).containsExactly("procedure.import.channels-missing");
        assertThat(problems(items, 6))
                .containsExactly("procedure.import.time-limit-unknown", "procedure.import.channel-unknown");
        assertThat(items.get(6).problems())
                .allSatisfy(p -> assertThat(p.rejected()).isFalse());
        assertThat(items.get(6).draft().channels().get(0).timeLimit()).isNull();
        assertThat(items.get(6).draft().channels().get(0).timeLimitText()).isEqualTo("Theo quy định");
        assertThat(items.get(6).draft().levels()).containsExactly(CompetentLevel.PROVINCE, CompetentLevel.COMMUNE);
        assertThat(problems(items, 7)).containsExactly("procedure.import.code-duplicate");
        assertThat(items)
                .allSatisfy(i -> assertThat(i.problems())
                        .allSatisfy(p -> assertThat(p.index()).isEqualTo(i.index())));
    }

    @Test
    void refusesADocumentThatIsNotAnExport() {
        assertThatThrownBy(() -> read("{not json"))
                .isInstanceOfSatisfying(
                        HaicapException.class, e -> assertThat(e.code()).isEqualTo("procedure.import.json-invalid"));
        assertThatThrownBy(() -> read("{\"x\": 1}"))
                .isInstanceOfSatisfying(
                        HaicapException.class, e -> assertThat(e.code()).isEqualTo("procedure.import.json-invalid"));
    }

    @Test
    void readsTheShippedStarterCatalogueWithoutProblems() throws Exception {
        try (var json = getClass().getClassLoader().getResourceAsStream("procedure/starter-catalogue.json")) {
            List<ParsedItem> items = PortalExportReader.read(json);
            assertThat(items).hasSizeGreaterThanOrEqualTo(30);
            assertThat(items).allSatisfy(i -> {
                assertThat(i.problems()).as(i.code()).isEmpty();
                assertThat(i.draft().channels())
                        .as(i.code())
                        .allSatisfy(c -> assertThat(c.timeLimit()).isNotNull());
            });
        }
    }

    private static List<String> problems(List<ParsedItem> items, int index) {
        return items.get(index).problems().stream()
                .map(ImportReport.Problem::problem)
                .toList();
    }
}
