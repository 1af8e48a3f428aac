package vn.haicap.procedure;

import java.util.List;

/**
 * A workflow rule that a definition breaks.
 *
 * @param code the stable code, also the message key ({@code procedure.workflow.sign-not-leader})
 * @param step the 1-based step concerned, or 0 for the definition as a whole
 * @param arguments the message arguments; the first is always the step
 */
public record WorkflowViolation(String code, int step, List<Object> arguments) {

    public static WorkflowViolation of(String code, int step, Object... more) {
        var arguments = new java.util.ArrayList<Object>();
        arguments.add(step);
        arguments.addAll(List.of(more));
        return new WorkflowViolation(code, step, List.copyOf(arguments));
    }
}
