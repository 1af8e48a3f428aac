package vn.haicap.dossier.domain;

import java.util.Locale;
import vn.haicap.shared.HaicapException;

/** How the dossier reached the one-stop unit (D118 Art. 15). */
public enum SubmissionChannel {
    ONLINE,
    COUNTER,
    POST;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubmissionChannel parse(String value) {
        for (SubmissionChannel channel : values()) {
            if (channel.key().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return channel;
            }
        }
        throw HaicapException.invalid("dossier.channel-invalid", value);
    }
}
