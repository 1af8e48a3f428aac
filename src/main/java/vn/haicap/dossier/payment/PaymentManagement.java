package vn.haicap.dossier.payment;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.haicap.account.CurrentUser;
import vn.haicap.dossier.DossierDetails;
import vn.haicap.dossier.DossierManagement;
import vn.haicap.dossier.DossierStatus;
import vn.haicap.procedure.ProcedureCatalogue;
import vn.haicap.procedure.ProcedureView;
import vn.haicap.shared.AuditEvent;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Role;

/**
 * A dossier's fees and their payment. The payment record is written the first time it is read, from the
 * procedure version the dossier was received under and the channel it came through, so later catalogue
 * changes never alter what a dossier owes. Who may see it is exactly who may see the dossier
 * ({@link DossierManagement#get}); a counter officer with jurisdiction records the payment.
 */
@Service
public class PaymentManagement {

    private static final Set<DossierStatus> CLOSED =
            Set.of(DossierStatus.REFUSED, DossierStatus.STOPPED, DossierStatus.CANCELLED);
    private static final int RECEIPT_NO_MAX = 100;

    private final DossierManagement dossiers;
    private final ProcedureCatalogue procedures;
    private final PaymentStore store;
    private final PaymentProperties properties;
    private final ApplicationEventPublisher events;
    private final boolean evaluation;

    PaymentManagement(
            DossierManagement dossiers,
            ProcedureCatalogue procedures,
            PaymentStore store,
            PaymentProperties properties,
            ApplicationEventPublisher events,
            @Value("${haicap.evaluation.enabled:false}") boolean evaluation) {
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.store = store;
        this.properties = properties;
        this.events = events;
        this.evaluation = evaluation;
    }

    /** The payment of a dossier, for its applicant or an officer with jurisdiction; 404 for anyone else. */
    @Transactional
    public PaymentDetails get(String code, CurrentUser user) {
        DossierDetails dossier = dossiers.get(code, user);
        return details(dossier, recorded(dossier));
    }

    /**
     * The payment of a dossier the caller has already been allowed to see (the slips read the dossier
     * through {@link DossierManagement#slipData}).
     */
    @Transactional
    public PaymentDetails ofVisibleDossier(DossierDetails dossier) {
        return details(dossier, recorded(dossier));
    }

    /**
     * Records that the amount due was paid, in one transaction with its audit record. Only a counter
     * officer whose jurisdiction covers the receiving unit; 409 when it is paid already, when nothing is
     * due, or when the dossier was refused, withdrawn or cancelled.
     *
     * @param amount only for a fee set locally (status to_be_determined): the amount collected; otherwise
     *     optional and then it must equal the amount due
     */
    @Transactional
    public PaymentDetails markPaid(
            String code, String channel, @Nullable String receiptNo, @Nullable Long amount, CurrentUser user) {
        DossierDetails dossier = dossiers.get(code, user);
        if (!user.has(Role.COUNTER_OFFICER)
                || !user.jurisdiction().covers(dossier.receivingProvince(), dossier.receivingCommune())) {
            throw HaicapException.forbidden("payment.record-forbidden");
        }
        PaymentChannel paidThrough = PaymentChannel.parse(channel);
        String receipt = receiptNo == null ? "" : receiptNo.strip();
        if (receipt.isEmpty() || receipt.length() > RECEIPT_NO_MAX) {
            throw HaicapException.invalid("payment.receipt-required", RECEIPT_NO_MAX);
        }
        Payment payment = recorded(dossier);
        DossierStatus status = DossierStatus.valueOf(dossier.status().toUpperCase(Locale.ROOT));
        Long due = payment.total();
        if (payment.status() == PaymentStatus.PAID) {
            throw HaicapException.conflict("payment.already-paid", code, orEmpty(payment.receiptNo()));
        }
        if (payment.status() == PaymentStatus.FREE) {
            throw HaicapException.conflict("payment.nothing-due", code);
        }
        if (CLOSED.contains(status)) {
            throw HaicapException.conflict("payment.dossier-closed", code, status.key());
        }
        if (payment.status() == PaymentStatus.TO_BE_DETERMINED && (amount == null || amount <= 0)) {
            throw HaicapException.invalid("payment.amount-required");
        }
        if (payment.status() == PaymentStatus.DUE && amount != null && !amount.equals(due)) {
            throw HaicapException.invalid("payment.amount-mismatch", amount, orEmpty(due));
        }
        Long collected = payment.status() == PaymentStatus.TO_BE_DETERMINED ? amount : null;
        if (!store.markPaid(code, paidThrough, receipt, collected, user.username(), now())) {
            throw HaicapException.conflict("payment.already-paid", code, "");
        }
        Payment paid = store.find(code).orElseThrow();
        events.publishEvent(AuditEvent.of(
                user.username(),
                "dossier.payment-recorded",
                "dossier",
                code,
                Map.of(
                        "amount", orEmpty(paid.total()),
                        "channel", paidThrough.key(),
                        "receiptNo", receipt)));
        return details(dossier, paid);
    }

    /** The stored payment, written first from the dossier's procedure version and channel if there is none. */
    private Payment recorded(DossierDetails dossier) {
        return store.find(dossier.code()).orElseGet(() -> {
            ProcedureView procedure = procedures.version(dossier.procedureCode(), dossier.procedureVersion());
            var items = FeeSchedule.items(procedure, dossier.channel());
            Payment fresh = new Payment(
                    dossier.code(), dossier.channel(), items, FeeSchedule.initialStatus(items), null, null, null, null);
            store.insertIfAbsent(fresh, now());
            // whoever wrote it first, this is the one that counts
            return store.find(dossier.code()).orElseThrow();
        });
    }

    private PaymentDetails details(DossierDetails dossier, Payment payment) {
        Long total = payment.total();
        String vietQr = null;
        PaymentDetails.Beneficiary beneficiary = null;
        if (payment.payable() && total != null) {
            PaymentProperties.Account account = properties.forProvince(dossier.receivingProvince(), evaluation);
            if (account != null) {
                vietQr = VietQr.payload(account.bin(), account.account(), total, dossier.code());
                beneficiary = new PaymentDetails.Beneficiary(account.bin(), account.account(), account.name());
            }
        }
        PaymentChannel channel = payment.channel();
        return new PaymentDetails(
                payment.dossierCode(),
                payment.status().key(),
                total,
                "VND",
                payment.submissionChannel(),
                payment.items().stream()
                        .map(i -> new PaymentDetails.Item(i.type().key(), i.amount(), i.description(), i.legalBasis()))
                        .toList(),
                channel == null ? null : channel.key(),
                payment.receiptNo(),
                payment.paidAt(),
                payment.paidBy(),
                vietQr,
                beneficiary);
    }

    private static String orEmpty(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ProcedureCatalogue.ZONE);
    }
}
