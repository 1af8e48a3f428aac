package vn.haicap.procedure.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.haicap.procedure.Channel;
import vn.haicap.procedure.CompetentLevel;
import vn.haicap.procedure.Fee;
import vn.haicap.procedure.ProcedureView;
import vn.haicap.procedure.RequiredPaper;
import vn.haicap.procedure.Target;
import vn.haicap.procedure.TimeLimit;

/** The JSON shapes of procedures in the API. */
final class ProcedureJson {

    private ProcedureJson() {}

    record Summary(
            String code,
            int version,
            String name,
            String field,
            List<String> levels,
            List<String> targets,
            List<ChannelJson> channels,
            String onlineLevel,
            boolean receivableAnywhere,
            LocalDate validFrom,
            @Nullable LocalDate validTo) {

        static Summary of(ProcedureView p) {
            return new Summary(
                    p.code(),
                    p.version(),
                    p.name(),
                    p.field(),
                    p.levels().stream().map(CompetentLevel::key).toList(),
                    p.targets().stream().map(Target::key).toList(),
                    p.channels().stream().map(ChannelJson::of).toList(),
                    p.onlineLevel().key(),
                    p.receivableAnywhere(),
                    p.validFrom(),
                    p.validTo());
        }
    }

    record Detail(
            String code,
            int version,
            String name,
            String field,
            List<String> levels,
            List<String> targets,
            List<ChannelJson> channels,
            List<PaperJson> papers,
            List<String> results,
            List<String> legalBasis,
            @Nullable String conditions,
            @Nullable String steps,
            String onlineLevel,
            boolean receivableAnywhere,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable Integer workflowVersion) {

        static Detail of(ProcedureView p, @Nullable Integer workflowVersion) {
            return new Detail(
                    p.code(),
                    p.version(),
                    p.name(),
                    p.field(),
                    p.levels().stream().map(CompetentLevel::key).toList(),
                    p.targets().stream().map(Target::key).toList(),
                    p.channels().stream().map(ChannelJson::of).toList(),
                    PaperJson.of(p.papers()),
                    p.results(),
                    p.legalBasis(),
                    p.conditions(),
                    p.steps(),
                    p.onlineLevel().key(),
                    p.receivableAnywhere(),
                    p.validFrom(),
                    p.validTo(),
                    workflowVersion);
        }
    }

    /**
     * A required paper with its number: its 1-based position in the version's list, which a dossier
     * submission names ({@code "paper": 2}, multipart part {@code paper-2}).
     *
     * @param requirement required, conditional or present_only (see {@link RequiredPaper.Requirement})
     */
    record PaperJson(
            int number,
            String name,
            int originals,
            int copies,
            @Nullable String form,
            String requirement) {

        static List<PaperJson> of(List<RequiredPaper> papers) {
            return java.util.stream.IntStream.range(0, papers.size())
                    .mapToObj(i -> {
                        RequiredPaper paper = papers.get(i);
                        return new PaperJson(
                                i + 1,
                                paper.name(),
                                paper.originals(),
                                paper.copies(),
                                paper.form(),
                                paper.requirement().key());
                    })
                    .toList();
        }
    }

    record ChannelJson(
            String channel,
            @Nullable TimeLimitJson timeLimit,
            String timeLimitText,
            FeeJson fee,
            @Nullable String description) {

        static ChannelJson of(Channel c) {
            return new ChannelJson(
                    c.channel().key(),
                    c.timeLimit() == null ? null : TimeLimitJson.of(c.timeLimit()),
                    c.timeLimitText(),
                    FeeJson.of(c.fee()),
                    c.description());
        }
    }

    /** Exactly one of the amounts is present, named by its unit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TimeLimitJson(
            @Nullable BigDecimal workingDays,
            @Nullable BigDecimal workingHours,
            @Nullable Boolean sameDay,
            @Nullable BigDecimal days,
            @Nullable BigDecimal hours,
            @Nullable BigDecimal months,
            @Nullable String cutOff) {

        static TimeLimitJson of(TimeLimit t) {
            BigDecimal a = t.amount();
            String cut = t.cutOff() == null ? null : t.cutOff().toString();
            return switch (t.unit()) {
                case WORKING_DAYS -> new TimeLimitJson(a, null, null, null, null, null, cut);
                case WORKING_HOURS -> new TimeLimitJson(null, a, null, null, null, null, cut);
                case SAME_DAY -> new TimeLimitJson(null, null, true, null, null, null, cut);
                case DAYS -> new TimeLimitJson(null, null, null, a, null, null, cut);
                case HOURS -> new TimeLimitJson(null, null, null, null, a, null, cut);
                case MONTHS -> new TimeLimitJson(null, null, null, null, null, a, cut);
            };
        }
    }

    /** @param amount in VND; 0 when free, null when the text sets no single amount */
    record FeeJson(@Nullable Long amount, String description, boolean free) {

        static FeeJson of(Fee fee) {
            return new FeeJson(fee.amount(), fee.description(), fee.isFree());
        }
    }
}
