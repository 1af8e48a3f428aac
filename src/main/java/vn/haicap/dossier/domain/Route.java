package vn.haicap.dossier.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.haicap.procedure.WorkflowStep;

/**
 * The workflow version a dossier follows (it keeps the version it started with), and each step's
 * budget: its share of the dossier's time limit, in working minutes.
 */
public final class Route {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final List<WorkflowStep> steps;

    public Route(List<WorkflowStep> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A route needs at least one step");
        }
        this.steps = List.copyOf(steps);
    }

    public int size() {
        return steps.size();
    }

    public WorkflowStep step(int index) {
        return steps.get(index);
    }

    /** Whether every step has been done. */
    public boolean finished(int index) {
        return index >= steps.size();
    }

    /** The step's budget in working minutes, at least one. */
    public long budgetMinutes(int index, long timeLimitMinutes) {
        WorkflowStep step = steps.get(index);
        BigDecimal minutes = step.share().percent() != null
                ? BigDecimal.valueOf(timeLimitMinutes)
                        .multiply(step.share().percent())
                        .divide(HUNDRED, 0, RoundingMode.HALF_UP)
                : step.share().hours().multiply(SIXTY).setScale(0, RoundingMode.HALF_UP);
        return Math.max(1, minutes.longValueExact());
    }
}
