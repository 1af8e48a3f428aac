package vn.haicap.procedure.store;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.haicap.procedure.Channel;
import vn.haicap.procedure.CompetentLevel;
import vn.haicap.procedure.OnlineServiceLevel;
import vn.haicap.procedure.ProcedureView;
import vn.haicap.procedure.RequiredPaper;
import vn.haicap.procedure.Target;

/** A procedure's content before it is recorded as a version: what an import compares and stores. */
public record ProcedureDraft(
        String code,
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
        OnlineServiceLevel onlineLevel) {

    public ProcedureView toView(int version, LocalDate validFrom, @Nullable LocalDate validTo) {
        return new ProcedureView(
                code,
                version,
                name,
                field,
                levels,
                targets,
                channels,
                papers,
                results,
                legalBasis,
                conditions,
                steps,
                receivableAnywhere,
                onlineLevel,
                validFrom,
                validTo);
    }
}
