package vn.haicap.procedure;

import java.util.Locale;
import vn.haicap.shared.HaicapException;

/** How a dossier is submitted: on the National Public Service Portal, at the counter, or by post. */
public enum ChannelKind {
    ONLINE,
    COUNTER,
    POST;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChannelKind parse(String value) {
        for (ChannelKind kind : values()) {
            if (kind.key().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw HaicapException.invalid("procedure.channel-invalid", value);
    }
}
