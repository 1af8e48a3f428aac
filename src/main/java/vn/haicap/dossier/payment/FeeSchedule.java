package vn.haicap.dossier.payment;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.haicap.procedure.Channel;
import vn.haicap.procedure.ChannelKind;
import vn.haicap.procedure.Fee;
import vn.haicap.procedure.ProcedureView;
import vn.haicap.shared.VietnameseText;

/**
 * The items due for a dossier: the fee the procedure version publishes for the channel the dossier came
 * through. The catalogue publishes one "phí, lệ phí" text per channel, so there is one item; it is a
 * charge (lệ phí) when its wording or the fee regulation cited says so, otherwise a fee (phí).
 */
final class FeeSchedule {

    private FeeSchedule() {}

    /** The items, or an empty list when the procedure does not offer that channel (nothing can be charged). */
    static List<Payment.Item> items(ProcedureView procedure, String submissionChannel) {
        ChannelKind kind = ChannelKind.parse(submissionChannel);
        return procedure
                .channel(kind)
                .map(Channel::fee)
                .map(fee -> List.of(item(fee, feeRegulations(procedure))))
                .orElse(List.of());
    }

    /** The status a new payment record starts with. */
    static PaymentStatus initialStatus(List<Payment.Item> items) {
        boolean unknown = items.stream().anyMatch(i -> i.amount() == null);
        if (unknown) {
            return PaymentStatus.TO_BE_DETERMINED;
        }
        long total = items.stream()
                .mapToLong(i -> i.amount() == null ? 0 : i.amount())
                .sum();
        return total > 0 ? PaymentStatus.DUE : PaymentStatus.FREE;
    }

    private static Payment.Item item(Fee fee, @Nullable String legalBasis) {
        String words = plain(fee.description() + " " + (legalBasis == null ? "" : legalBasis));
        ItemType type = words.contains("le phi") ? ItemType.CHARGE : ItemType.FEE;
        String description = fee.description().isBlank() ? "—" : fee.description();
        return new Payment.Item(type, fee.amount(), description, legalBasis);
    }

    /** The legal-basis documents about fees or charges ("... phí ..."), joined; null when none is cited. */
    private static @Nullable String feeRegulations(ProcedureView procedure) {
        String joined = procedure.legalBasis().stream()
                .map(text -> text.strip())
                .filter(text -> (" " + plain(text).replace("phi nong nghiep", "") + " ").matches(".*[^a-z]phi[^a-z].*"))
                .collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }

    private static String plain(String text) {
        return VietnameseText.plain(text).toLowerCase(Locale.ROOT);
    }
}
