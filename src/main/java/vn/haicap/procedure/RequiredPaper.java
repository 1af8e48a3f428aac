package vn.haicap.procedure;

import org.jspecify.annotations.Nullable;

/**
 * A paper in the dossier (thành phần hồ sơ).
 *
 * @param originals how many originals (bản chính)
 * @param copies how many copies (bản sao)
 * @param form the form or template to use, when there is one (e.g. "Tờ khai đăng ký khai sinh")
 */
public record RequiredPaper(
        String name, int originals, int copies, @Nullable String form) {}
