package vn.haicap.procedure;

import org.jspecify.annotations.Nullable;

/**
 * What a new dossier takes from its procedure: the version in force, the current workflow definition (none
 * when the procedure has no workflow yet) and the deadline setting (the defaults when not customised).
 */
public record SubmissionTerms(
        ProcedureView procedure, @Nullable WorkflowDefinition workflow, DeadlineSetting deadlineSetting) {}
