package vn.haicap.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One version of a procedure as the national catalogue publishes it.
 *
 * @param code the national code, e.g. {@code 1.001193}
 * @param version 1 for the first recorded version; a changed import adds the next
 * @param field the field (lĩnh vực), e.g. "Hộ tịch"
 * @param steps the published sequence of steps (trình tự thực hiện), as text
 * @param receivableAnywhere whether any one-stop unit of the province receives it, regardless of the
 *     applicant's residence (D118 Art. 14(2))
 * @param validFrom the first day this version applies
 * @param validTo the last day it applies (inclusive), or null while it is the latest
 */
public record ProcedureView(
        String code,
        int version,
        String name,
        String field,
        List<CompetentLevel> levels,
        List<Target> targets,
        List<Channel> channels,
        List<RequiredPaper> papers,
        List<String> results,
        List<String> legalBasis,
        @Nullable String conditions,
        @Nullable String steps,
        boolean receivableAnywhere,
        OnlineServiceLevel onlineLevel,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {

    public Optional<Channel> channel(ChannelKind kind) {
        return channels.stream().filter(c -> c.channel() == kind).findFirst();
    }

    /**
     * The limit that workflow shares given in hours are measured against: the counter's, else the first
     * channel's that is known.
     */
    public Optional<TimeLimit> referenceLimit() {
        return channel(ChannelKind.COUNTER)
                .map(Channel::timeLimit)
                .or(() -> channels.stream()
                        .map(Channel::timeLimit)
                        .filter(java.util.Objects::nonNull)
                        .findFirst());
    }
}
