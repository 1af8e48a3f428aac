package vn.haicap.procedure.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
