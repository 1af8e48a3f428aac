package vn.haicap.address.matching;

/** The kinds of unit a phrase can name, as indexes into a name entry of the {@link Gazetteer}. */
final class Level {

    static final int OLD_PROVINCE = 0;
    static final int NEW_PROVINCE = 1;
    static final int DISTRICT = 2;
    static final int OLD_COMMUNE = 3;
    static final int NEW_COMMUNE = 4;
    static final int COUNT = 5;

    private Level() {}
}
