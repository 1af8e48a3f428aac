package vn.haicap.procedure;

import java.util.List;
import vn.haicap.shared.HaicapException;

/** A workflow definition that breaks rules; the code is the first violation's. Nothing was saved. */
public class WorkflowRejected extends HaicapException {

    private final transient List<WorkflowViolation> violations;

    public WorkflowRejected(List<WorkflowViolation> violations) {
        super(
                org.springframework.http.HttpStatus.BAD_REQUEST,
                violations.get(0).code(),
                violations.get(0).arguments().toArray());
        this.violations = List.copyOf(violations);
    }

    public List<WorkflowViolation> violations() {
        return violations;
    }
}
