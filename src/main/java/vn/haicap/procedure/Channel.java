package vn.haicap.procedure;

import org.jspecify.annotations.Nullable;

/**
 * One way of submitting a dossier, with its own time limit and fee.
 *
 * @param timeLimit null when the published text could not be understood; {@code timeLimitText} keeps it
 * @param description what the portal says about this channel (mo_ta)
 */
public record Channel(
        ChannelKind channel,
        @Nullable TimeLimit timeLimit,
        String timeLimitText,
        Fee fee,
        @Nullable String description) {}
