package vn.haicap.procedure.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import vn.haicap.procedure.WorkflowStep;

/**
 * The JSON the catalogue stores its content in, with its own fixed settings so that a change to the
 * application's JSON settings changes neither what is stored nor the fingerprints of stored versions.
 */
final class StoredJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final TypeReference<List<WorkflowStep>> STEPS = new TypeReference<>() {};

    private StoredJson() {}

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static ProcedureDraft draft(String json) {
        return JSON.readValue(json, ProcedureDraft.class);
    }

    /** A draft whose lists cannot be changed, to be shared between readers. */
    static ProcedureDraft immutableDraft(String json) {
        ProcedureDraft d = draft(json);
        return new ProcedureDraft(
                d.code(),
                d.name(),
                d.field(),
                copy(d.levels()),
                copy(d.targets()),
                copy(d.channels()),
                copy(d.papers()),
                copy(d.results()),
                copy(d.legalBasis()),
                d.conditions(),
                d.steps(),
                d.receivableAnywhere(),
                d.onlineLevel());
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    static List<WorkflowStep> steps(String json) {
        return JSON.readValue(json, STEPS);
    }

    static String fingerprint(ProcedureDraft draft) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(write(draft).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
