package vn.haicap.adminunit.registry;

import vn.haicap.adminunit.AdministrativeUnit;

/** A version with its row id, which only the registry's queries use. */
public record StoredUnit(long id, AdministrativeUnit unit) {}
