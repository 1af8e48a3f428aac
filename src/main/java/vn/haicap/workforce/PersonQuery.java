package vn.haicap.workforce;

import org.jspecify.annotations.Nullable;

/**
 * A person search: part of the name (with or without diacritics), an exact identity number, a province or
 * commune where they worked, a category; blank criteria are ignored.
 */
public record PersonQuery(
        @Nullable String name,
        @Nullable String identityNumber,
        @Nullable String unit,
        @Nullable PersonnelCategory category) {}
