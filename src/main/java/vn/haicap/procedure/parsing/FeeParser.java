package vn.haicap.procedure.parsing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.haicap.procedure.Fee;
import vn.haicap.shared.VietnameseText;

/**
 * Reads a fee written the way the national catalogue writes them: "Miễn phí", "Không", "Miễn lệ phí",
 * "50.000 đồng/lần", "Lệ phí: 100.000đ", "2.000 đồng/trang, từ trang thứ ba trở lên 1.000 đồng/trang".
 * The first statement wins (a standard amount first, exceptions after). A text that names no amount and
 * is not free, such as "Theo quy định của Hội đồng nhân dân cấp tỉnh", keeps its wording without an amount.
 */
public final class FeeParser {

    private static final Pattern FREE = Pattern.compile(
            "(?:^|[\\s;,.:(\\-])(mien phi|mien le phi|mien thu|khong thu|khong co|khong phai nop|khong mat phi"
                    + "|khong(?=\\s*(?:$|[;,.)])))(?![a-z])");

    private static final Pattern AMOUNT =
            Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:[.,\\s]\\d{3})+|\\d+)\\s*(dong|d|vnd|₫)(?![a-z])"
                    + "|(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{3})+)(?![\\d])");

    /** The amount is set elsewhere (a provincial resolution, another regulation). */
    private static final Pattern REFERENCE = Pattern.compile("theo (?:nghi quyet|quy dinh|muc)|hoi dong nhan dan|hdnd");

    private FeeParser() {}

    public static Fee parse(@Nullable String text) {
        String description = text == null ? "" : text.strip();
        if (description.isEmpty()) {
            return new Fee(null, "");
        }
        String plain = VietnameseText.plain(description);
        Matcher free = FREE.matcher(plain);
        int freeAt = free.find() ? free.start(1) : Integer.MAX_VALUE;
        Matcher amount = AMOUNT.matcher(plain);
        int amountAt = amount.find() ? amount.start() : Integer.MAX_VALUE;
        Matcher reference = REFERENCE.matcher(plain);
        int referenceAt = reference.find() ? reference.start() : Integer.MAX_VALUE;
        if (referenceAt < Math.min(freeAt, amountAt)) {
            return new Fee(null, description);
        }
        if (amountAt < freeAt) {
            String digits = (amount.group(1) != null ? amount.group(1) : amount.group(3)).replaceAll("[.,\\s]", "");
            if (digits.length() <= 12) {
                return new Fee(Long.parseLong(digits), description);
            }
        }
        if (freeAt != Integer.MAX_VALUE || plain.matches("0\\s*(dong|d|vnd)?")) {
            return Fee.free(description);
        }
        return new Fee(null, description);
    }
}
