package vn.haicap.workforce.store;

import org.jspecify.annotations.Nullable;
import vn.haicap.shared.Jurisdiction;

/**
 * A jurisdiction as a SQL condition on an agency alias: the filter is part of every query, never only
 * of the page.
 */
public record Scope(Jurisdiction jurisdiction) {

    /** The condition that agency {@code alias} lies within the jurisdiction (parameters {@code :scope}). */
    String agencyCondition(String alias) {
        return switch (jurisdiction.scope()) {
            case NATIONAL -> "true";
            case NONE -> "false";
            case PROVINCE -> alias + ".province_code = :scope";
            case COMMUNE -> alias + ".unit_code = :scope";
        };
    }

    @Nullable
    String parameter() {
        return switch (jurisdiction.scope()) {
            case PROVINCE -> jurisdiction.provinceCode();
            case COMMUNE -> jurisdiction.communeCode();
            default -> "";
        };
    }
}
