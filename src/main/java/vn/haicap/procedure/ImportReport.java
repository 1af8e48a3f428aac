package vn.haicap.procedure;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import did. A bad item is reported and skipped; it never stops the others.
 *
 * @param items one entry per item received, in order
 * @param problems rejected items and warnings (e.g. a time limit that could not be understood: the
 *     procedure is kept with that channel's limit unknown)
 */
public record ImportReport(
        int received, int created, int updated, int unchanged, int rejected, List<Item> items, List<Problem> problems) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        REJECTED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** @param index the 0-based position of the item in the imported array */
    public record Item(
            int index,
            @Nullable String code,
            Outcome outcome,
            @Nullable Integer version) {}

    /**
     * @param problem the stable code, also the message key
     * @param rejected whether the item was skipped because of it
     */
    public record Problem(int index, @Nullable String code, String problem, List<Object> arguments, boolean rejected) {}
}
