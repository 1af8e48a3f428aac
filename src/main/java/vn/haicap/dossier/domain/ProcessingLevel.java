package vn.haicap.dossier.domain;

import java.util.Locale;

/** Which tier holds the dossier for processing: the commune, or a provincial department after a transfer. */
public enum ProcessingLevel {
    COMMUNE,
    PROVINCE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
