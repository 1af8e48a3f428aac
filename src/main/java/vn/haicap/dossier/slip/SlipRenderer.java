package vn.haicap.dossier.slip;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.haicap.document.RenderedPdf;
import vn.haicap.dossier.DossierAction;
import vn.haicap.dossier.DossierDetails;
import vn.haicap.dossier.DossierManagement.SlipData;
import vn.haicap.dossier.domain.HandoverOutcome;
import vn.haicap.dossier.domain.Transition;
import vn.haicap.dossier.payment.PaymentDetails;
import vn.haicap.dossier.payment.PaymentManagement;
import vn.haicap.shared.HaicapException;

/**
 * The slips of Circular 03/2025 Appendix I (one-stop-shop.md §6), filled from the dossier and its
 * transitions. Times are printed hh:mm dd/mm/yyyy as the forms require.
 */
@Component
public class SlipRenderer {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final int PAYMENT_QR_POINTS = 96;

    /** Slips are official documents in Vietnamese, whatever the reader's language. */
    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

    private final PaymentManagement payments;
    private final org.springframework.context.MessageSource messages;
    private final vn.haicap.adminunit.UnitsByCode units;

    SlipRenderer(
            PaymentManagement payments,
            org.springframework.context.MessageSource messages,
            vn.haicap.adminunit.UnitsByCode units) {
        this.payments = payments;
        this.messages = messages;
        this.units = units;
    }

    /** A QR code as a PNG image, e.g. the VietQR code of a dossier's payment. */
    public byte[] qrPng(String text, int size) {
        BufferedImage image = QrCodes.of(text, size);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Form 01: receipt and appointment, with a QR code to the public tracking page, the fees due and,
     * while an amount is due, the VietQR code to pay it by bank transfer.
     */
    public byte[] receipt(SlipData data, String trackingUrl) {
        DossierDetails d = data.dossier();
        if (d.receivedAt() == null) {
            throw HaicapException.conflict("dossier.slip-not-available", "receipt", d.status());
        }
        PaymentDetails payment = payments.ofVisibleDossier(d);
        try (PdfPages pdf = new PdfPages("Giấy tiếp nhận hồ sơ và hẹn trả kết quả " + d.code())) {
            pdf.text("Mẫu số 01 — Bộ phận Một cửa " + d.receivingCommuneName());
            pdf.imageRight(QrCodes.forPdf(trackingUrl), 100);
            pdf.heading("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
            pdf.text("Mã hồ sơ: " + d.code());
            pdf.text("Tra cứu: " + trackingUrl);
            pdf.gap();
            pdf.text("Tiếp nhận hồ sơ của: " + d.applicant().name());
            pdf.text("Số định danh cá nhân/mã số tổ chức: "
                    + orDash(d.applicant().idNumber()));
            pdf.text("Địa chỉ: " + orDash(d.applicant().address()));
            pdf.text("Số điện thoại: " + orDash(d.applicant().phone()) + "    Thư điện tử: "
                    + orDash(d.applicant().email()));
            pdf.text("Nội dung yêu cầu giải quyết: " + d.procedureName() + " (" + d.procedureCode() + ")");
            pdf.gap();
            pdf.text("Thành phần hồ sơ:");
            if (d.documents().isEmpty()) {
                pdf.text("  (không có tệp đính kèm)");
            }
            int i = 1;
            for (DossierDetails.DocumentInfo document : d.documents()) {
                pdf.text("  " + i++ + ". "
                        + (document.paperName() == null
                                ? document.name()
                                : document.paperName() + " (" + document.name() + ")"));
            }
            pdf.text("Số lượng hồ sơ: 01 bộ");
            pdf.text("Thời gian giải quyết theo quy định: " + workingDays(d.timeLimitMinutes()) + " ngày làm việc");
            pdf.text("Thời gian nhận hồ sơ: " + time(d.receivedAt()));
            pdf.text("Thời gian trả kết quả: " + time(d.originalDueAt()));
            pdf.text("Nhận kết quả tại: Bộ phận Một cửa " + d.receivingCommuneName()
                    + " (hoặc qua bưu chính/trực tuyến)");
            pdf.gap();
            fees(pdf, payment);
            pdf.gap();
            pdf.columns(List.of("NGƯỜI NỘP HỒ SƠ"), List.of("NGƯỜI TIẾP NHẬN HỒ SƠ", receiver(data.transitions())));
            return pdf.bytes();
        }
    }

    /** The fees and charges of Form 01: each item, the total, then paid, free, or the VietQR code to pay. */
    private void fees(PdfPages pdf, PaymentDetails payment) {
        pdf.text("Phí, lệ phí:");
        int i = 1;
        for (PaymentDetails.Item item : payment.items()) {
            String kind =
                    "charge".equals(item.type()) ? "Lệ phí" : "fee".equals(item.type()) ? "Phí" : "Khoản phải nộp";
            pdf.text("  " + i++ + ". " + kind + ": " + (item.amount() == null ? "theo quy định" : vnd(item.amount()))
                    + " — " + item.description());
        }
        Long total = payment.amountDue();
        switch (payment.status()) {
            case "free" -> pdf.text("Tổng số tiền phải nộp: 0 đồng (không phải nộp)");
            case "to_be_determined" ->
                pdf.text("Tổng số tiền phải nộp: theo mức thu do địa phương quy định, nộp tại Bộ phận Một cửa");
            case "paid" -> {
                pdf.text("Tổng số tiền phải nộp: " + (total == null ? "—" : vnd(total)));
                pdf.text("Đã nộp: biên lai số " + orDash(payment.receiptNo()) + ", lúc " + time(payment.paidAt()));
            }
            default -> {
                pdf.text("Tổng số tiền phải nộp: " + (total == null ? "—" : vnd(total)) + " — chưa nộp");
                PaymentDetails.Beneficiary beneficiary = payment.beneficiary();
                String vietQr = payment.vietQr();
                if (vietQr != null && beneficiary != null) {
                    pdf.imageRight(QrCodes.forPdf(vietQr), PAYMENT_QR_POINTS);
                    pdf.text("Chuyển khoản bằng mã VietQR bên cạnh:");
                    pdf.text("  Ngân hàng (BIN): " + beneficiary.bin());
                    pdf.text("  Số tài khoản: " + beneficiary.account());
                    pdf.text("  Chủ tài khoản: " + beneficiary.name());
                    pdf.text("  Nội dung: " + payment.dossierCode());
                    pdf.text(" ");
                    pdf.text(" ");
                }
            }
        }
    }

    /** An amount in VND as Vietnamese write it: 15.000 đồng. */
    static String vnd(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.') + " đồng";
    }

    /** Form 02: what the applicant must supplement, all items at once (D118 Art. 11). */
    public byte[] supplement(SlipData data) {
        DossierDetails d = data.dossier();
        Transition request = last(data.transitions(), DossierAction.REQUEST_SUPPLEMENT);
        if (request == null) {
            throw HaicapException.conflict("dossier.slip-not-available", "supplement", d.status());
        }
        try (PdfPages pdf = new PdfPages("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ " + d.code())) {
            pdf.text("Mẫu số 02");
            pdf.heading("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
            pdf.text("Mã hồ sơ: " + d.code());
            pdf.text("Kính gửi: " + d.applicant().name());
            pdf.text("Thủ tục: " + d.procedureName() + " (" + d.procedureCode() + ")");
            pdf.text("Ngày yêu cầu: " + time(request.at()));
            pdf.gap();
            pdf.text("Nội dung cần bổ sung, hoàn thiện: " + orDash(request.reason()));
            pdf.gap();
            pdf.text("NGƯỜI HƯỚNG DẪN: " + request.actor());
            return pdf.bytes();
        }
    }

    /**
     * The result handed to the applicant: the outcome of the procedure, or the written notice that the
     * applicant is not eligible with the reasons (T12). Numbered and registered by the document store.
     */
    public RenderedPdf result(DossierDetails d, boolean approved, String resultCode, String verificationUrl) {
        String title = approved ? "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" : "THÔNG BÁO KHÔNG ĐỦ ĐIỀU KIỆN GIẢI QUYẾT";
        try (PdfPages pdf = new PdfPages(title + " " + d.code())) {
            masthead(pdf, d);
            pdf.imageRight(QrCodes.forPdf(verificationUrl), 90);
            pdf.heading(title);
            pdf.text("Thủ tục: " + d.procedureName() + " (" + d.procedureCode() + ")");
            pdf.text("Mã hồ sơ: " + d.code());
            pdf.text("Người nộp: " + d.applicant().name() + " — "
                    + orDash(d.applicant().idNumber()));
            pdf.text("Ngày tiếp nhận: " + time(d.receivedAt()));
            pdf.text("Ngày giải quyết xong: " + time(d.finishedAt()));
            pdf.gap();
            if (approved) {
                pdf.text("Hồ sơ đã được người có thẩm quyền phê duyệt. Kết quả này được lưu trong kho dữ liệu điện tử"
                        + " của Ông/Bà.");
            } else {
                String reason = d.timeline().stream()
                        .filter(t -> "reject".equals(t.action()))
                        .map(DossierDetails.TimelineEntry::reason)
                        .reduce((first, second) -> second)
                        .orElse(null);
                pdf.text("Hồ sơ không đủ điều kiện giải quyết. Lý do: " + orDash(reason));
            }
            pdf.gap();
            pdf.text("Mã kiểm tra: " + resultCode + " — kiểm tra văn bản này tại " + verificationUrl
                    + " hoặc bằng mã QR.");
            pdf.gap();
            pdf.text("NGƯỜI CÓ THẨM QUYỀN");
            return pdf.rendered();
        }
    }

    /**
     * The masthead of a document the People's Committee issues (Decree 30/2020, Appendix I): the committee
     * of the commune or the province that decided, the national name and motto, the place and the date.
     */
    private void masthead(PdfPages pdf, DossierDetails d) {
        var province = units.province(d.receivingProvince()).orElse(null);
        var commune = units.commune(d.receivingCommune()).orElse(null);
        boolean byCommune = !"province".equals(d.processingLevel()) && commune != null;
        String unit = byCommune ? commune.fullName() : province == null ? d.receivingProvince() : province.fullName();
        String place = byCommune ? commune.name() : province == null ? "" : province.name();
        pdf.columns(
                List.of("ỦY BAN NHÂN DÂN", unit.toUpperCase(VIETNAMESE)),
                List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"));
        java.time.LocalDate day = d.finishedAt() == null
                ? java.time.LocalDate.now(vn.haicap.adminunit.AdminUnits.VIETNAM)
                : d.finishedAt()
                        .atZoneSameInstant(vn.haicap.adminunit.AdminUnits.VIETNAM)
                        .toLocalDate();
        pdf.right(place + ", ngày " + String.format("%02d", day.getDayOfMonth()) + " tháng "
                + String.format("%02d", day.getMonthValue()) + " năm " + day.getYear());
        pdf.gap();
    }

    /** Form 03: refusal with the reasons. */
    public byte[] refusal(SlipData data) {
        DossierDetails d = data.dossier();
        Transition refusal = last(data.transitions(), DossierAction.REFUSE);
        if (refusal == null) {
            throw HaicapException.conflict("dossier.slip-not-available", "refusal", d.status());
        }
        try (PdfPages pdf = new PdfPages("Phiếu từ chối tiếp nhận giải quyết hồ sơ " + d.code())) {
            pdf.text("Mẫu số 03");
            pdf.heading("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
            pdf.text("Mã hồ sơ (nếu có): " + d.code());
            pdf.text("Kính gửi: " + d.applicant().name());
            pdf.text("Thủ tục: " + d.procedureName() + " (" + d.procedureCode() + ")");
            pdf.text("Ngày từ chối: " + time(refusal.at()));
            pdf.gap();
            pdf.text("Lý do từ chối: " + orDash(refusal.reason()));
            pdf.gap();
            pdf.text("NGƯỜI TIẾP NHẬN: " + refusal.actor());
            return pdf.bytes();
        }
    }

    private static @Nullable Transition last(List<Transition> transitions, DossierAction action) {
        Transition found = null;
        for (Transition t : transitions) {
            if (t.action() == action) {
                found = t;
            }
        }
        return found;
    }

    /** Form 04: apology with the reason and the new appointment, once the dossier has been extended. */
    public byte[] apology(SlipData data) {
        DossierDetails d = data.dossier();
        if (d.extendedAt() == null) {
            throw HaicapException.conflict("dossier.slip-not-available", "apology", d.status());
        }
        try (PdfPages pdf = new PdfPages("Văn bản xin lỗi và hẹn lại ngày trả kết quả " + d.code())) {
            pdf.text("Mẫu số 04");
            pdf.heading("VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
            pdf.text("Kính gửi: " + d.applicant().name());
            pdf.text("Ngày tiếp nhận hồ sơ: " + time(d.receivedAt()));
            pdf.text("Thủ tục: " + d.procedureName() + " (" + d.procedureCode() + ")");
            pdf.text("Số định danh: " + orDash(d.applicant().idNumber()));
            pdf.text("Mã hồ sơ: " + d.code());
            pdf.text("Thời hạn trả kết quả đã hẹn: " + time(d.originalDueAt()));
            pdf.gap();
            pdf.text("Hồ sơ của Ông/Bà chưa giải quyết được đúng hạn. Lý do: " + orDash(d.extensionReason()));
            pdf.text("Cơ quan giải quyết xin lỗi Ông/Bà vì sự chậm trễ này và hẹn lại ngày trả kết quả: "
                    + time(d.dueAt()));
            pdf.gap();
            pdf.text("THỦ TRƯỞNG CƠ QUAN");
            return pdf.bytes();
        }
    }

    /**
     * Form 05: the notice that the dossier is no longer processed because the applicant withdrew it
     * before a decision existed (D118 Art. 21).
     */
    public byte[] stopNotice(SlipData data) {
        DossierDetails d = data.dossier();
        Transition withdrawal = last(data.transitions(), DossierAction.WITHDRAW);
        if (withdrawal == null) {
            throw HaicapException.conflict("dossier.slip-not-available", "stop", d.status());
        }
        try (PdfPages pdf = new PdfPages("Thông báo dừng giải quyết hồ sơ " + d.code())) {
            pdf.text("Mẫu số 05");
            pdf.heading("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ");
            pdf.text("Kính gửi: " + d.applicant().name());
            pdf.text("Số định danh: " + orDash(d.applicant().idNumber()));
            pdf.text("Mã hồ sơ: " + d.code());
            pdf.text("Thủ tục: " + d.procedureName() + " (" + d.procedureCode() + ")");
            pdf.text("Ngày nộp hồ sơ: " + time(d.submittedAt()));
            pdf.text("Ngày đề nghị dừng: " + time(withdrawal.at()));
            pdf.gap();
            pdf.text("Theo đề nghị của Ông/Bà (lý do: " + orDash(withdrawal.reason())
                    + "), hồ sơ chưa có quyết định giải quyết nên được dừng giải quyết kể từ thời điểm trên.");
            pdf.gap();
            pdf.text("BỘ PHẬN MỘT CỬA");
            return pdf.bytes();
        }
    }

    /**
     * Form 06: one row per hand-over; a row that completes a workflow step is judged early, on time or
     * late against that step's budget, the others against the appointment.
     */
    public byte[] control(SlipData data) {
        DossierDetails d = data.dossier();
        try (PdfPages pdf = new PdfPages("Phiếu kiểm soát quá trình giải quyết hồ sơ " + d.code())) {
            pdf.text("Mẫu số 06");
            pdf.heading("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
            pdf.text("Mã hồ sơ: " + d.code());
            pdf.text("Cơ quan giải quyết: cấp " + ("province".equals(d.processingLevel()) ? "tỉnh" : "xã")
                    + ", nơi tiếp nhận " + d.receivingCommuneName());
            pdf.text("Thời gian nhận hồ sơ: " + time(d.receivedAt()));
            pdf.text("Thời gian trả kết quả: " + time(d.dueAt()));
            pdf.gap();
            int i = 1;
            for (Transition t : data.transitions()) {
                pdf.text(i++ + ". " + time(t.at()) + " — " + label(t.action()) + " — " + t.actor() + " ("
                        + (t.from() == null ? "" : status(t.from()) + " → ") + status(t.to()) + ") — "
                        + (t.stepDueAt() != null ? stepOutcome(t) : outcome(t.at(), d.dueAt()))
                        + (t.reason() == null ? "" : " — " + t.reason()));
            }
            return pdf.bytes();
        }
    }

    private static String stepOutcome(Transition t) {
        HandoverOutcome outcome = HandoverOutcome.of(t.at(), t.stepDueAt());
        String label = switch (java.util.Objects.requireNonNull(outcome)) {
            case EARLY -> "trước hạn";
            case ON_TIME -> "đúng hạn";
            case LATE -> "quá hạn";
        };
        return label + " (hạn bước " + time(t.stepDueAt()) + ")";
    }

    private static String outcome(OffsetDateTime at, @Nullable OffsetDateTime due) {
        if (due == null) {
            return "trước tiếp nhận";
        }
        return at.isAfter(due) ? "quá hạn" : "đúng hạn";
    }

    private String status(vn.haicap.dossier.DossierStatus status) {
        return messages.getMessage("dossier.status." + status.key(), null, status.key(), VIETNAMESE);
    }

    private static String label(DossierAction action) {
        return switch (action) {
            case SUBMIT -> "Nộp hồ sơ";
            case RECEIVE -> "Tiếp nhận";
            case REQUEST_SUPPLEMENT -> "Yêu cầu bổ sung";
            case SUPPLEMENT -> "Bổ sung hồ sơ";
            case REFUSE -> "Từ chối tiếp nhận";
            case START_PROCESSING -> "Chuyển xử lý";
            case TRANSFER -> "Chuyển liên thông";
            case TRANSFER_BACK -> "Trả về";
            case COMPLETE -> "Xử lý xong";
            case APPROVE -> "Phê duyệt";
            case REJECT -> "Không đủ điều kiện";
            case ISSUE_RESULT -> "Phát hành kết quả";
            case RETURN -> "Trả kết quả";
            case WITHDRAW -> "Rút hồ sơ";
            case CANCEL -> "Hủy";
            case EXTEND -> "Gia hạn, xin lỗi";
        };
    }

    private static String receiver(List<Transition> transitions) {
        return transitions.stream()
                .filter(t -> t.action() == DossierAction.RECEIVE)
                .map(Transition::actor)
                .findFirst()
                .orElse("");
    }

    private static String workingDays(long minutes) {
        double days = minutes / (double) Duration.ofHours(8).toMinutes();
        return days == Math.rint(days) ? String.valueOf((long) days) : String.valueOf(days);
    }

    private static String time(@Nullable OffsetDateTime at) {
        return at == null ? "—" : TIME.format(at);
    }

    private static String orDash(@Nullable String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
