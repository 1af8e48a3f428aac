package vn.haicap.dossier.payment;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dossier's payment as the API and the pages show it.
 *
 * @param amountDue the total in VND; null when the amount is set locally and not known yet
 * @param submissionChannel the channel whose published fee applies (online, counter, post)
 * @param vietQr the VietQR payload to pay by bank transfer; only while an amount greater than zero is due
 *     and the province has an account
 * @param beneficiary the account the VietQR code pays into, when there is a code
 */
public record PaymentDetails(
        String dossierCode,
        String status,
        @Nullable Long amountDue,
        String currency,
        String submissionChannel,
        List<Item> items,
        @Nullable String channel,
        @Nullable String receiptNo,
        @Nullable OffsetDateTime paidAt,
        @Nullable String paidBy,
        @Nullable String vietQr,
        @Nullable Beneficiary beneficiary) {

    public record Item(
            String type,
            @Nullable Long amount,
            String description,
            @Nullable String legalBasis) {}

    public record Beneficiary(String bin, String account, String name) {}

    public boolean paid() {
        return PaymentStatus.PAID.key().equals(status);
    }
}
