package vn.haicap.procedure;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.haicap.shared.VietnameseText;

/**
 * A paper in the dossier (thành phần hồ sơ).
 *
 * @param originals how many originals (bản chính)
 * @param copies how many copies (bản sao)
 * @param form the form or template to use, when there is one (e.g. "Tờ khai đăng ký khai sinh")
 */
public record RequiredPaper(
        String name, int originals, int copies, @Nullable String form) {

    /**
     * How a paper is asked for. The portal's export has no such flag, so it is read from the published
     * name and counts (docs/adr/0004-dossier-lifecycle.md, "Required papers"):
     *
     * <ul>
     *   <li>{@code PRESENT_ONLY}: 0 originals and 0 copies, or a name saying "xuất trình" (shown, not
     *       handed in or copied: C03 Art. 5(2)); online the signed-in account identifies the applicant;
     *   <li>{@code CONDITIONAL}: a name starting with "Trường hợp" or "Nếu", containing "nếu có", or
     *       ending in a clause ", nếu ..." that is a condition (no "thì" after it, which would make it an
     *       alternative: "nếu mất do thiên tai thì văn bản ..." is still required);
     *   <li>{@code REQUIRED}: every other paper.
     * </ul>
     */
    public enum Requirement {
        REQUIRED,
        CONDITIONAL,
        PRESENT_ONLY;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether a dossier must carry this paper (see {@link Requirement}). */
    public Requirement requirement() {
        String key = " " + VietnameseText.searchKey(name) + " ";
        if ((originals == 0 && copies == 0) || key.contains(" xuat trinh ")) {
            return Requirement.PRESENT_ONLY;
        }
        if (key.startsWith(" truong hop ") || key.startsWith(" neu ") || key.contains(" neu co ")) {
            return Requirement.CONDITIONAL;
        }
        int condition = key.lastIndexOf(" neu ");
        if (condition > 0 && !key.substring(condition).contains(" thi ")) {
            return Requirement.CONDITIONAL;
        }
        return Requirement.REQUIRED;
    }
}
