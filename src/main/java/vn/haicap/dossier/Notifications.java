package vn.haicap.dossier;

import java.time.format.DateTimeFormatter;
import vn.haicap.dossier.domain.DossierData;
import vn.haicap.dossier.domain.Transition;

/**
 * The e-mail the applicant gets at each step they can see (in Vietnamese, the language of the forms). Steps
 * inside the administration (a specialist hands the draft to the leader, the leader signs before the clerk
 * numbers and issues the result) keep the status the applicant knows, "being processed", and send nothing:
 * three identical "being processed" e-mails in a row taught nobody anything. A changed appointment always
 * sends one.
 */
final class Notifications {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private Notifications() {}

    /** Whether the applicant hears of this transition: their status changed, or their appointment did. */
    static boolean tellsApplicant(Transition transition) {
        return transition.from() == null
                || transition.action() == DossierAction.EXTEND
                || !status(transition.from()).equals(status(transition.to()));
    }

    static String subject(DossierData dossier, Transition transition) {
        return "Hồ sơ " + dossier.code() + ": " + status(transition.to());
    }

    static String body(DossierData dossier, Transition transition) {
        StringBuilder body = new StringBuilder()
                .append("Kính gửi ")
                .append(dossier.applicant().name())
                .append(",\n\n")
                .append("Hồ sơ ")
                .append(dossier.code())
                .append(" (")
                .append(dossier.procedureName())
                .append(") ")
                .append("chuyển sang trạng thái: ")
                .append(status(transition.to()))
                .append(" lúc ")
                .append(TIME.format(transition.at()))
                .append(".\n");
        if (transition.reason() != null) {
            body.append("Lý do: ").append(transition.reason()).append("\n");
        }
        if (dossier.dueAt() != null && dossier.status().clockRunning()) {
            body.append("Thời gian hẹn trả kết quả: ")
                    .append(TIME.format(dossier.dueAt()))
                    .append("\n");
        }
        return body.append("\nTra cứu: /track?code=")
                .append(dossier.code())
                .append("\n")
                .toString();
    }

    private static String status(DossierStatus status) {
        return switch (status) {
            case SUBMITTED -> "Đã nộp, chờ tiếp nhận";
            case SUPPLEMENT_BEFORE_RECEIPT, SUPPLEMENT_IN_PROCESS -> "Yêu cầu bổ sung hồ sơ";
            case REFUSED -> "Từ chối";
            case RECEIVED -> "Đã tiếp nhận";
            case IN_PROCESS, PROCESSED, RESOLVED_APPROVED, RESOLVED_NOT_ELIGIBLE -> "Đang xử lý";
            case RESULT_AT_COUNTER -> "Chờ trả kết quả";
            case RETURNED -> "Đã trả kết quả";
            case STOPPED -> "Công dân yêu cầu rút hồ sơ";
            case CANCELLED -> "Đã hủy";
        };
    }
}
