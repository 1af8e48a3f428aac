package vn.haicap.calendar;

/** Why a day is, or exceptionally is not, a day off for the public sector. */
public enum DayKind {
    /** An ordinary Saturday or Sunday. */
    WEEKEND,
    /** A statutory holiday (Labour Code 2019 Art. 112). */
    HOLIDAY,
    /** The working day given off because a holiday fell on a weekend (Art. 111(3)). */
    COMPENSATORY,
    /** A weekday given off in exchange for a make-up Saturday (annual government notice). */
    SWAPPED,
    /** A Saturday worked to make up for a swapped day: a working day. */
    MAKEUP_WORKDAY;

    public boolean isWorking() {
        return this == MAKEUP_WORKDAY;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
