package vn.haicap.procedure.store;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.haicap.procedure.DeadlineSetting;
import vn.haicap.procedure.SubmissionTerms;

/**
 * A procedure's version in force, current workflow and deadline setting in one query: a submission needs all
 * three, and each was a round trip of its own. Contents and steps come from the stores' caches.
 */
@Repository
public class SubmissionTermsStore {

    private final JdbcClient jdbc;
    private final ProcedureStore procedures;
    private final WorkflowStore workflows;

    SubmissionTermsStore(JdbcClient jdbc, ProcedureStore procedures, WorkflowStore workflows) {
        this.jdbc = jdbc;
        this.procedures = procedures;
        this.workflows = workflows;
    }

    public Optional<SubmissionTerms> asOf(String code, LocalDate asOf) {
        return jdbc.sql("""
                select p.version, p.valid_from, p.valid_to,
                    w.code as w_code, w.version as w_version, w.note as w_note, w.created_by as w_created_by,
                    w.created_at as w_created_at,
                    s.code, s.policy, s.cut_off, s.updated_by, s.updated_at
                from procedure.procedure_version p
                left join lateral (
                    select code, version, note, created_by, created_at from procedure.workflow_version
                    where code = p.code order by version desc limit 1
                ) w on true
                left join procedure.deadline_setting s on s.code = p.code
                where p.code = :code and p.valid_from <= :asOf and (p.valid_to is null or p.valid_to >= :asOf)
                order by p.version desc limit 1
                """)
                .param("code", code)
                .param("asOf", asOf)
                .query((rs, n) -> new SubmissionTerms(
                        procedures.view(
                                code,
                                rs.getInt("version"),
                                rs.getObject("valid_from", LocalDate.class),
                                rs.getObject("valid_to", LocalDate.class)),
                        rs.getString("w_code") == null ? null : workflows.cached(rs, "w_"),
                        rs.getString("code") == null
                                ? DeadlineSetting.defaults(code)
                                : DeadlineSettingStore.setting(rs)))
                .optional();
    }
}
