package vn.haicap.dossier;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.haicap.shared.HaicapException;

/**
 * Filters of an officer's queue beside the words searched: a status, a channel, a procedure code, and a
 * range of receipt days (Vietnam dates, inclusive). Each is ignored when null.
 */
public record QueueFilter(
        @Nullable DossierStatus status,
        @Nullable String channel,
        @Nullable String procedureCode,
        @Nullable LocalDate receivedFrom,
        @Nullable LocalDate receivedTo) {

    public static final QueueFilter NONE = new QueueFilter(null, null, null, null, null);

    /** From request parameters; an unknown status or channel, or an inverted range, is a clear 400. */
    public static QueueFilter parse(
            @Nullable String status,
            @Nullable String channel,
            @Nullable String procedureCode,
            @Nullable LocalDate receivedFrom,
            @Nullable LocalDate receivedTo) {
        DossierStatus parsedStatus = null;
        if (status != null && !status.isBlank()) {
            try {
                parsedStatus = DossierStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw HaicapException.invalid("dossier.filter-status-unknown", status);
            }
        }
        String parsedChannel = blankToNull(channel);
        if (parsedChannel != null
                && !java.util.Set.of("online", "counter", "post").contains(parsedChannel)) {
            throw HaicapException.invalid("dossier.filter-channel-unknown", channel);
        }
        if (receivedFrom != null && receivedTo != null && receivedTo.isBefore(receivedFrom)) {
            throw HaicapException.invalid("dossier.filter-range-inverted", receivedFrom, receivedTo);
        }
        return new QueueFilter(parsedStatus, parsedChannel, blankToNull(procedureCode), receivedFrom, receivedTo);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
