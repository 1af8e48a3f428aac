package vn.haicap.procedure;

import java.util.Locale;

/** Who may apply: individuals, or organisations (businesses, associations, agencies). */
public enum Target {
    CITIZEN,
    ORGANISATION;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
