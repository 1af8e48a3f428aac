package vn.haicap.dossier.payment;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.haicap.account.CurrentUser;
import vn.haicap.dossier.slip.SlipRenderer;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Role;

/** The "fees and charges" section of the dossier page (loaded and refreshed with htmx) and its QR image. */
@Controller
class PaymentController {

    private final PaymentManagement payments;
    private final SlipRenderer slips;

    PaymentController(PaymentManagement payments, SlipRenderer slips) {
        this.payments = payments;
        this.slips = slips;
    }

    /** The section for htmx, or a page of its own without JavaScript. */
    @GetMapping("/dossiers/{code}/payment")
    String payment(
            @PathVariable String code,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        return section(payments.get(code, CurrentUser.get()), htmx, model);
    }

    /** The counter officer records the payment from the dossier page; answers the refreshed section. */
    @PostMapping("/dossiers/{code}/payment")
    String pay(
            @PathVariable String code,
            @RequestParam String channel,
            @RequestParam(required = false) @Nullable String receiptNo,
            @RequestParam(required = false) @Nullable Long amount,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        PaymentDetails payment;
        try {
            payment = payments.markPaid(code, channel, receiptNo, amount, CurrentUser.get());
            model.addAttribute("paymentDone", true);
        } catch (HaicapException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            model.addAttribute("paymentError", e);
            payment = payments.get(code, CurrentUser.get());
        }
        return section(payment, htmx, model);
    }

    /** The QR image for a signed-in page user (the API itself takes HTTP basic only). */
    @GetMapping("/dossiers/{code}/payment/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String code) {
        return PaymentRestController.png(payments.get(code, CurrentUser.get()), slips);
    }

    private static String section(PaymentDetails payment, @Nullable String htmx, Model model) {
        model.addAttribute("payment", payment);
        model.addAttribute("mayRecordPayment", CurrentUser.get().has(Role.COUNTER_OFFICER));
        model.addAttribute(
                "paymentChannels",
                java.util.Arrays.stream(PaymentChannel.values())
                        .map(PaymentChannel::key)
                        .toList());
        if (htmx == null) {
            model.addAttribute("standalone", true);
            return "dossier/payment";
        }
        return "dossier/payment :: payment";
    }
}
