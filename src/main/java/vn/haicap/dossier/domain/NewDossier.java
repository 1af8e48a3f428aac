package vn.haicap.dossier.domain;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import vn.haicap.calendar.DeadlinePolicy;

/** What a submission fixes: the procedure version with its limit, the applicant, where it is received. */
public record NewDossier(
        String procedureCode,
        int procedureVersion,
        int workflowVersion,
        String procedureName,
        long timeLimitMinutes,
        @Nullable LocalTime cutOff,
        DeadlinePolicy deadlinePolicy,
        SubmissionChannel channel,
        Applicant applicant,
        String receivingProvince,
        String receivingCommune,
        String competentLevel) {}
