package vn.haicap.dossier.payment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code dossier.payment} and {@code dossier.payment_item}, with explicit SQL. */
@Repository
class PaymentStore {

    private final JdbcClient jdbc;

    PaymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the payment with its items unless the dossier has one already; true when this call recorded it. */
    boolean insertIfAbsent(Payment payment, OffsetDateTime now) {
        int inserted = jdbc.sql("""
                        insert into dossier.payment (dossier, submission_channel, status, created_at)
                        values (:dossier, :submissionChannel, :status, :now)
                        on conflict (dossier) do nothing
                        """)
                .param("dossier", payment.dossierCode())
                .param("submissionChannel", payment.submissionChannel())
                .param("status", payment.status().key())
                .param("now", now)
                .update();
        if (inserted == 0) {
            return false;
        }
        int position = 0;
        for (Payment.Item item : payment.items()) {
            jdbc.sql("""
                            insert into dossier.payment_item (dossier, position, type, amount, description, legal_basis)
                            values (:dossier, :position, :type, :amount, :description, :legalBasis)
                            """)
                    .param("dossier", payment.dossierCode())
                    .param("position", position++)
                    .param("type", item.type().key())
                    .param("amount", item.amount())
                    .param("description", item.description())
                    .param("legalBasis", item.legalBasis())
                    .update();
        }
        return true;
    }

    Optional<Payment> find(String dossier) {
        List<Payment.Item> items = jdbc.sql("""
                        select type, amount, description, legal_basis from dossier.payment_item
                        where dossier = :dossier order by position
                        """)
                .param("dossier", dossier)
                .query((rs, i) -> new Payment.Item(
                        ItemType.of(rs.getString("type")),
                        rs.getObject("amount", Long.class),
                        rs.getString("description"),
                        rs.getString("legal_basis")))
                .list();
        return jdbc.sql("select * from dossier.payment where dossier = :dossier")
                .param("dossier", dossier)
                .query((rs, i) -> {
                    String channel = rs.getString("channel");
                    return new Payment(
                            rs.getString("dossier"),
                            rs.getString("submission_channel"),
                            items,
                            PaymentStatus.of(rs.getString("status")),
                            channel == null ? null : PaymentChannel.parse(channel),
                            rs.getString("receipt_no"),
                            rs.getObject("paid_at", OffsetDateTime.class),
                            rs.getString("paid_by"));
                })
                .optional();
    }

    /**
     * Marks the payment paid if it is still open (due, or with an amount to be determined), setting the
     * amount of an item that had none; false when another request got there first or nothing was open.
     */
    boolean markPaid(
            String dossier,
            PaymentChannel channel,
            String receiptNo,
            @Nullable Long determinedAmount,
            String paidBy,
            OffsetDateTime paidAt) {
        int updated = jdbc.sql("""
                        update dossier.payment
                        set status = 'paid', channel = :channel, receipt_no = :receiptNo, paid_at = :paidAt, paid_by = :paidBy
                        where dossier = :dossier and status in ('due', 'to_be_determined')
                        """)
                .param("dossier", dossier)
                .param("channel", channel.key())
                .param("receiptNo", receiptNo)
                .param("paidAt", paidAt)
                .param("paidBy", paidBy)
                .update();
        if (updated == 1 && determinedAmount != null) {
            jdbc.sql("update dossier.payment_item set amount = :amount where dossier = :dossier and amount is null")
                    .param("dossier", dossier)
                    .param("amount", determinedAmount)
                    .update();
        }
        return updated == 1;
    }
}
