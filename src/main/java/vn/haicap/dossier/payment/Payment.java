package vn.haicap.dossier.payment;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a dossier owes and whether it was paid (one-stop-shop.md §9).
 *
 * @param submissionChannel the channel the dossier came through, whose published fee applies
 * @param channel how it was paid; null until paid
 * @param receiptNo the (e-)receipt number; null until paid
 */
public record Payment(
        String dossierCode,
        String submissionChannel,
        List<Item> items,
        PaymentStatus status,
        @Nullable PaymentChannel channel,
        @Nullable String receiptNo,
        @Nullable OffsetDateTime paidAt,
        @Nullable String paidBy) {

    /**
     * @param amount in VND; null when the catalogue sets no single amount
     * @param description the published wording, e.g. "15.000 đồng/lần đăng ký"
     * @param legalBasis the fee regulation the procedure cites, when it names one
     */
    public record Item(
            ItemType type,
            @Nullable Long amount,
            String description,
            @Nullable String legalBasis) {}

    public Payment {
        items = List.copyOf(items);
    }

    /** The sum of the items with an amount; null when an item's amount is not known. */
    public @Nullable Long total() {
        long sum = 0;
        for (Item item : items) {
            Long amount = item.amount();
            if (amount == null) {
                return null;
            }
            sum += amount;
        }
        return sum;
    }

    /** Whether a transfer could settle it now: an amount greater than zero, not paid yet. */
    public boolean payable() {
        Long total = total();
        return status == PaymentStatus.DUE && total != null && total > 0;
    }
}
