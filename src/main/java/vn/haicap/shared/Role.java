package vn.haicap.shared;

import java.util.Locale;

/** The roles of Haicap's users, as named in the interfaces ({@code counter_officer}, ...). */
public enum Role {
    CITIZEN,
    BUSINESS,
    COUNTER_OFFICER,
    SPECIALIST,
    LEADER,
    HR_OFFICER,
    UNIT_ADMIN,
    PROVINCE_ADMIN,
    MINISTRY_ADMIN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Role fromKey(String key) {
        try {
            return valueOf(key.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HaicapException.invalid("account.role-unknown", key);
        }
    }
}
