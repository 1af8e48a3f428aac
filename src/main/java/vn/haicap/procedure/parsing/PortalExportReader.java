package vn.haicap.procedure.parsing;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import vn.haicap.procedure.Channel;
import vn.haicap.procedure.ChannelKind;
import vn.haicap.procedure.CompetentLevel;
import vn.haicap.procedure.ImportReport;
import vn.haicap.procedure.OnlineServiceLevel;
import vn.haicap.procedure.RequiredPaper;
import vn.haicap.procedure.Target;
import vn.haicap.procedure.TimeLimit;
import vn.haicap.procedure.store.ProcedureDraft;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.VietnameseText;

/**
 * Reads the national public service portal's JSON export of procedures (ma_tthc, ten_tthc, linh_vuc,
 * cap_thuc_hien, doi_tuong_thuc_hien, cach_thuc_thuc_hien[hinh_thuc_nop, thoi_gian, phi_le_phi, mo_ta],
 * trinh_tu_thuc_hien, tphs[ten_giay_to, ban_chinh, ban_sao, mau_don], kqth, ccpl, yeu_cau_dieu_kien).
 * Lenient about shapes: a field may be a string or an array, counts may be strings, the list may be the
 * document itself or sit under {@code data}/{@code items}. Each item is read on its own: a bad item is
 * reported with its index and never stops the others.
 */
public final class PortalExportReader {

    public static final Pattern CODE = Pattern.compile("\\d\\.\\d{6}");

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final List<String> LIST_KEYS =
            List.of("data", "items", "danh_sach", "procedures", "result", "ket_qua");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("\\s*(?:[,;\\n]|\\bvà\\b)\\s*");
    private static final Pattern LINE_SEPARATORS = Pattern.compile("\\s*(?:\\r?\\n|;)\\s*");

    private PortalExportReader() {}

    /** The items of an export; a document that is not JSON, or has no list of items, is refused whole. */
    public static List<ParsedItem> read(InputStream json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw HaicapException.invalid("procedure.import.json-invalid", e.getOriginalMessage());
        }
        List<JsonNode> items = items(root);
        List<ParsedItem> parsed = new ArrayList<>(items.size());
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ParsedItem item = readItem(i, items.get(i));
            if (item.draft() != null && !seen.add(item.draft().code())) {
                item = new ParsedItem(
                        i,
                        item.code(),
                        null,
                        List.of(problem(i, item.code(), "procedure.import.code-duplicate", true, item.code())));
            }
            parsed.add(item);
        }
        return parsed;
    }

    private static List<JsonNode> items(@Nullable JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw HaicapException.invalid("procedure.import.json-invalid", "empty");
        }
        if (root.isArray()) {
            return root.valueStream().toList();
        }
        if (root.isObject()) {
            for (String key : LIST_KEYS) {
                JsonNode list = root.get(key);
                if (list != null && list.isArray()) {
                    return list.valueStream().toList();
                }
            }
            if (root.has("ma_tthc")) {
                return List.of(root);
            }
        }
        throw HaicapException.invalid("procedure.import.json-invalid", "no list of procedures");
    }

    static ParsedItem readItem(int index, JsonNode item) {
        if (!item.isObject()) {
            return rejected(index, null, "procedure.import.item-not-object");
        }
        String code = text(item.get("ma_tthc"));
        if (code == null) {
            return rejected(index, null, "procedure.import.code-missing");
        }
        if (!CODE.matcher(code).matches()) {
            return rejected(index, code, "procedure.import.code-invalid", code);
        }
        String name = text(item.get("ten_tthc"));
        if (name == null) {
            return rejected(index, code, "procedure.import.name-missing");
        }
        String field = text(item.get("linh_vuc"));
        if (field == null) {
            return rejected(index, code, "procedure.import.field-missing");
        }
        List<ImportReport.Problem> problems = new ArrayList<>();
        List<CompetentLevel> levels = levels(index, code, item.get("cap_thuc_hien"), problems);
        if (levels.isEmpty()) {
            problems.add(problem(index, code, "procedure.import.level-missing", true));
            return new ParsedItem(index, code, null, problems);
        }
        List<Channel> channels = channels(index, code, item.get("cach_thuc_thuc_hien"), problems);
        if (channels.isEmpty()) {
            problems.add(problem(index, code, "procedure.import.channels-missing", true));
            return new ParsedItem(index, code, null, problems);
        }
        List<Target> targets = targets(index, code, item.get("doi_tuong_thuc_hien"), problems);
        ProcedureDraft draft = new ProcedureDraft(
                code,
                name,
                field,
                levels,
                targets,
                channels,
                papers(index, code, item.get("tphs"), problems),
                lines(item.get("kqth")),
                lines(item.get("ccpl")),
                joined(item.get("yeu_cau_dieu_kien")),
                joined(item.get("trinh_tu_thuc_hien")),
                flag(item.get("khong_phu_thuoc_dia_gioi")).orElse(true),
                onlineLevel(item, channels));
        return new ParsedItem(index, code, draft, problems);
    }

    private static List<CompetentLevel> levels(
            int index, String code, @Nullable JsonNode node, List<ImportReport.Problem> problems) {
        Set<CompetentLevel> levels = EnumSet.noneOf(CompetentLevel.class);
        for (String part : parts(node)) {
            String plain = VietnameseText.searchKey(part);
            List<String> words = List.of(plain.split(" "));
            if (words.contains("tinh") || plain.contains("thanh pho truc thuoc trung uong")) {
                levels.add(CompetentLevel.PROVINCE);
            } else if (words.contains("xa") || words.contains("phuong") || words.contains("dac khu")) {
                levels.add(CompetentLevel.COMMUNE);
            } else if (words.contains("huyen")) {
                problems.add(problem(index, code, "procedure.import.level-district", false, part));
            } else {
                problems.add(problem(index, code, "procedure.import.level-unsupported", false, part));
            }
        }
        return List.copyOf(levels);
    }

    private static List<Target> targets(
            int index, String code, @Nullable JsonNode node, List<ImportReport.Problem> problems) {
        Set<Target> targets = EnumSet.noneOf(Target.class);
        for (String part : parts(node)) {
            String plain = VietnameseText.searchKey(part);
            if (plain.contains("to chuc")
                    || plain.contains("doanh nghiep")
                    || plain.contains("hop tac xa")
                    || plain.contains("co quan")
                    || plain.contains("don vi")) {
                targets.add(Target.ORGANISATION);
            } else if (plain.contains("cong dan")
                    || plain.contains("ca nhan")
                    || plain.contains("nguoi")
                    || plain.contains("ho gia dinh")
                    || plain.contains("can bo")
                    || plain.contains("vien chuc")) {
                targets.add(Target.CITIZEN);
            } else {
                problems.add(problem(index, code, "procedure.import.target-unknown", false, part));
            }
        }
        return List.copyOf(targets);
    }

    private static List<Channel> channels(
            int index, String code, @Nullable JsonNode node, List<ImportReport.Problem> problems) {
        Map<ChannelKind, Channel> channels = new LinkedHashMap<>();
        for (JsonNode way : elements(node)) {
            if (!way.isObject()) {
                continue;
            }
            String written = Optional.ofNullable(text(way.get("hinh_thuc_nop"))).orElse("");
            Optional<ChannelKind> kind = channelKind(written);
            if (kind.isEmpty()) {
                problems.add(problem(index, code, "procedure.import.channel-unknown", false, written));
                continue;
            }
            String limitText = Optional.ofNullable(text(way.get("thoi_gian"))).orElse("");
            String description = joined(way.get("mo_ta"));
            Channel earlier = channels.get(kind.get());
            if (earlier != null) {
                // a second entry for the same channel is a special case of the first: keep its wording
                String more = Stream.of(limitText, description)
                        .filter(s -> s != null && !s.isBlank())
                        .reduce((a, b) -> a + " — " + b)
                        .orElse("");
                String merged = earlier.description() == null ? more : earlier.description() + "\n" + more;
                channels.put(
                        kind.get(),
                        new Channel(
                                earlier.channel(),
                                earlier.timeLimit(),
                                earlier.timeLimitText(),
                                earlier.fee(),
                                merged.isBlank() ? null : merged));
                continue;
            }
            TimeLimit limit = TimeLimitParser.parse(limitText).orElse(null);
            if (limit == null) {
                problems.add(problem(
                        index,
                        code,
                        "procedure.import.time-limit-unknown",
                        false,
                        kind.get().key(),
                        limitText));
            }
            channels.put(
                    kind.get(),
                    new Channel(
                            kind.get(),
                            limit,
                            limitText,
                            FeeParser.parse(feeText(way.get("phi_le_phi"))),
                            description));
        }
        return List.copyOf(channels.values());
    }

    private static Optional<ChannelKind> channelKind(String written) {
        String plain = VietnameseText.searchKey(written);
        if (plain.contains("truc tuyen")
                || plain.contains("online")
                || plain.contains("dien tu")
                || plain.contains("cong dich vu cong")) {
            return Optional.of(ChannelKind.ONLINE);
        }
        if (plain.contains("buu chinh") || plain.contains("buu dien") || plain.contains("post")) {
            return Optional.of(ChannelKind.POST);
        }
        if (plain.contains("truc tiep") || plain.contains("mot cua") || plain.contains("counter")) {
            return Optional.of(ChannelKind.COUNTER);
        }
        return Optional.empty();
    }

    /** A fee field may be a text, or a list of texts or of objects with an amount and a description. */
    private static @Nullable String feeText(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isValueNode()) {
            return text(node);
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode element : elements(node)) {
            if (element.isObject()) {
                String amount = text(firstOf(element, "muc_phi", "so_tien", "gia_phi", "phi"));
                String description = text(firstOf(element, "mo_ta", "ghi_chu", "noi_dung"));
                String joinedText = Stream.of(
                                amount == null ? null : amount.matches("\\d+") ? amount + " đồng" : amount, description)
                        .filter(s -> s != null && !s.isBlank())
                        .reduce((a, b) -> a + " " + b)
                        .orElse(null);
                if (joinedText != null) {
                    parts.add(joinedText);
                }
            } else if (text(element) != null) {
                parts.add(text(element));
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static List<RequiredPaper> papers(
            int index, String code, @Nullable JsonNode node, List<ImportReport.Problem> problems) {
        List<RequiredPaper> papers = new ArrayList<>();
        for (JsonNode paper : elements(node)) {
            if (paper.isObject() && paper.has("giay_to")) {
                papers.addAll(papers(index, code, paper.get("giay_to"), problems));
                continue;
            }
            String name = paper.isObject() ? text(paper.get("ten_giay_to")) : text(paper);
            if (name == null) {
                problems.add(problem(index, code, "procedure.import.paper-unnamed", false));
                continue;
            }
            papers.add(
                    paper.isObject()
                            ? new RequiredPaper(
                                    name,
                                    count(paper.get("ban_chinh")),
                                    count(paper.get("ban_sao")),
                                    text(firstOf(paper, "mau_don", "mau_don_to_khai", "bieu_mau", "form")))
                            : new RequiredPaper(name, 1, 0, null));
        }
        return List.copyOf(papers);
    }

    private static OnlineServiceLevel onlineLevel(JsonNode item, List<Channel> channels) {
        String written = text(firstOf(item, "muc_do", "muc_do_dvc", "dich_vu_cong_truc_tuyen"));
        if (written != null) {
            String plain = VietnameseText.searchKey(written);
            if (plain.contains("toan trinh") || plain.equals("4") || plain.contains("muc do 4")) {
                return OnlineServiceLevel.FULL;
            }
            if (plain.contains("mot phan") || plain.equals("3") || plain.contains("muc do 3")) {
                return OnlineServiceLevel.PARTIAL;
            }
            if (plain.contains("khong")) {
                return OnlineServiceLevel.NONE;
            }
        }
        return channels.stream().anyMatch(c -> c.channel() == ChannelKind.ONLINE)
                ? OnlineServiceLevel.PARTIAL
                : OnlineServiceLevel.NONE;
    }

    private static int count(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return 0;
        }
        if (node.isNumber()) {
            return Math.max(0, node.asInt());
        }
        String written = text(node);
        if (written == null) {
            return 0;
        }
        var digits = java.util.regex.Pattern.compile("\\d+").matcher(written);
        if (digits.find()) {
            return Math.min(99, Integer.parseInt(digits.group().length() > 2 ? "99" : digits.group()));
        }
        String plain = VietnameseText.searchKey(written);
        return plain.equals("x") || plain.equals("co") || plain.equals("mot") ? 1 : 0;
    }

    private static Optional<Boolean> flag(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isBoolean()) {
            return Optional.of(node.booleanValue());
        }
        String plain = VietnameseText.searchKey(Optional.ofNullable(text(node)).orElse(""));
        if (plain.equals("true") || plain.equals("co") || plain.equals("1")) {
            return Optional.of(true);
        }
        if (plain.equals("false") || plain.equals("khong") || plain.equals("0")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    private static @Nullable JsonNode firstOf(JsonNode object, String... keys) {
        for (String key : keys) {
            JsonNode value = object.get(key);
            if (value != null && !value.isNull()) {
                return value;
            }
        }
        return null;
    }

    private static List<JsonNode> elements(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        return node.isArray() ? node.valueStream().toList() : List.of(node);
    }

    /** The texts of a field given as a list, or as one text separated by commas, semicolons or "và". */
    private static List<String> parts(@Nullable JsonNode node) {
        List<String> parts = new ArrayList<>();
        for (JsonNode element : elements(node)) {
            String written = element.isObject() ? text(firstOf(element, "ten", "name", "gia_tri")) : text(element);
            if (written != null) {
                Stream.of(LIST_SEPARATORS.split(written))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .forEach(parts::add);
            }
        }
        return parts;
    }

    /** The lines of a field given as a list, or as one text with a line or semicolon per entry. */
    private static List<String> lines(@Nullable JsonNode node) {
        List<String> lines = new ArrayList<>();
        for (JsonNode element : elements(node)) {
            String written = element.isObject()
                    ? text(firstOf(element, "ten", "ten_van_ban", "name", "noi_dung"))
                    : text(element);
            if (written != null) {
                Stream.of(LINE_SEPARATORS.split(written))
                        .map(s -> s.replaceFirst("^[-–•+*]\\s*", "").strip())
                        .filter(s -> !s.isEmpty())
                        .forEach(lines::add);
            }
        }
        return List.copyOf(lines);
    }

    private static @Nullable String joined(@Nullable JsonNode node) {
        List<String> texts = new ArrayList<>();
        for (JsonNode element : elements(node)) {
            String written =
                    element.isObject() ? text(firstOf(element, "noi_dung", "ten_buoc", "mo_ta", "ten")) : text(element);
            if (written != null) {
                texts.add(written);
            }
        }
        return texts.isEmpty() ? null : String.join("\n", texts);
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || !node.isValueNode()) {
            return null;
        }
        String written = node.isNumber() ? numberText(node) : node.asString();
        String stripped = written.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String numberText(JsonNode node) {
        BigDecimal value = node.decimalValue();
        return value.stripTrailingZeros().toPlainString();
    }

    private static ParsedItem rejected(int index, @Nullable String code, String problem, Object... arguments) {
        return new ParsedItem(index, code, null, List.of(problem(index, code, problem, true, arguments)));
    }

    private static ImportReport.Problem problem(
            int index, @Nullable String code, String problem, boolean rejected, Object... arguments) {
        return new ImportReport.Problem(index, code, problem, List.of(arguments), rejected);
    }
}
