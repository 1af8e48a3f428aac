package vn.haicap.dossier.payment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.haicap.account.CurrentUser;
import vn.haicap.dossier.slip.SlipRenderer;
import vn.haicap.shared.HaicapException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Dossier payments", description = "Fees and charges of a dossier, its VietQR code, recording a payment")
class PaymentRestController {

    /**
     * @param channel cash, counter_electronic, national_portal, local_gateway or postal
     * @param receiptNo the (e-)receipt number
     * @param amount the amount collected; required only when the fee is set locally (to_be_determined)
     */
    record PaymentRequest(
            @Nullable String channel,
            @Nullable String receiptNo,
            @Nullable Long amount) {}

    static final int QR_SIZE = 300;

    private final PaymentManagement payments;
    private final SlipRenderer slips;

    PaymentRestController(PaymentManagement payments, SlipRenderer slips) {
        this.payments = payments;
        this.slips = slips;
    }

    @GetMapping("/dossiers/{code}/payment")
    @Operation(
            summary = "What the dossier owes and whether it is paid",
            description = "The fee the procedure version publishes for the channel the dossier came through:"
                    + " status due (with the VietQR payload to pay by bank transfer), paid, free, or"
                    + " to_be_determined (set locally: the description says by whom). For the applicant or an"
                    + " officer whose jurisdiction covers the receiving unit; 404 for anyone else.")
    PaymentDetails get(@PathVariable String code) {
        return payments.get(code, CurrentUser.get());
    }

    @PostMapping("/dossiers/{code}/payment")
    @Operation(
            summary = "Record the payment",
            description = "A counter officer with jurisdiction: {\"channel\": \"cash|counter_electronic|"
                    + "national_portal|local_gateway|postal\", \"receiptNo\": \"...\"}, plus \"amount\" when the"
                    + " fee is set locally. 409 payment.already-paid, 409 payment.nothing-due, 409"
                    + " payment.dossier-closed, 403 payment.record-forbidden for anyone else who sees the dossier.")
    PaymentDetails pay(@PathVariable String code, @RequestBody PaymentRequest request) {
        if (request.channel() == null || request.channel().isBlank()) {
            throw HaicapException.invalid("payment.field-required", "channel");
        }
        return payments.markPaid(code, request.channel(), request.receiptNo(), request.amount(), CurrentUser.get());
    }

    @GetMapping(value = "/dossiers/{code}/payment/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(
            summary = "The VietQR code as a PNG image",
            description = "404 payment.no-qr-code when nothing is payable by transfer (free, paid, set locally,"
                    + " or no account configured for the province).")
    ResponseEntity<byte[]> qr(@PathVariable String code) {
        return png(payments.get(code, CurrentUser.get()), slips);
    }

    static ResponseEntity<byte[]> png(PaymentDetails payment, SlipRenderer slips) {
        String payload = payment.vietQr();
        if (payload == null) {
            throw HaicapException.notFound("payment.no-qr-code", payment.dossierCode());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(slips.qrPng(payload, QR_SIZE));
    }
}
