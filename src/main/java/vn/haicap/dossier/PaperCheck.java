package vn.haicap.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.haicap.procedure.ProcedureView;
import vn.haicap.procedure.RequiredPaper;
import vn.haicap.shared.HaicapException;

/**
 * Checks that a submission covers every required paper of the procedure version, by an upload or a
 * re-used document, and answers every missing one at once (D118: the applicant is asked only once).
 * Conditional papers and papers that are only shown are never missing (see {@link
 * RequiredPaper.Requirement}). Papers are numbered from 1 in the order the procedure lists them.
 */
final class PaperCheck {

    private PaperCheck() {}

    /**
     * @param presentedAllowed whether the caller may mark papers as presented (a counter officer)
     * @throws HaicapException {@code dossier.paper-unknown} for a number outside the list, {@code
     *     dossier.presented-not-allowed}, or {@code dossier.papers-missing} with a {@code missingPapers}
     *     array of {@code {paper, name}}
     */
    static void check(ProcedureView procedure, SubmitCommand command, boolean presentedAllowed) {
        List<RequiredPaper> papers = procedure.papers();
        Set<Integer> covered = new TreeSet<>();
        for (SubmitCommand.Upload upload : command.documents()) {
            number(upload.paper(), procedure).ifPresent(covered::add);
        }
        for (SubmitCommand.Reuse reuse : command.reuseDocuments()) {
            number(reuse.paper(), procedure).ifPresent(covered::add);
        }
        if (!command.presentedPapers().isEmpty() && !presentedAllowed) {
            throw HaicapException.invalid("dossier.presented-not-allowed");
        }
        for (Integer presented : command.presentedPapers()) {
            number(presented, procedure);
        }
        List<Map<String, Object>> missing = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            RequiredPaper paper = papers.get(i);
            if (paper.requirement() == RequiredPaper.Requirement.REQUIRED && !covered.contains(i + 1)) {
                missing.add(Map.of("paper", i + 1, "name", paper.name()));
            }
        }
        if (!missing.isEmpty()) {
            String list = missing.stream()
                    .map(m -> m.get("paper") + ". " + m.get("name"))
                    .collect(Collectors.joining("; "));
            throw HaicapException.invalid("dossier.papers-missing", missing.size(), list)
                    .with("missingPapers", missing);
        }
    }

    /** The paper's name by its number, or null for none. */
    static @Nullable String name(@Nullable Integer number, ProcedureView procedure) {
        return number == null ? null : procedure.papers().get(number - 1).name();
    }

    private static java.util.Optional<Integer> number(@Nullable Integer number, ProcedureView procedure) {
        if (number == null) {
            return java.util.Optional.empty();
        }
        if (number < 1 || number > procedure.papers().size()) {
            throw HaicapException.invalid(
                    "dossier.paper-unknown",
                    number,
                    procedure.code(),
                    procedure.papers().size());
        }
        return java.util.Optional.of(number);
    }
}
