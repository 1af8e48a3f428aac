package vn.haicap.procedure.store;

/** A procedure's version, or its workflow's: the key of what is parsed once, since a version never changes. */
record VersionKey(String code, int version) {}
