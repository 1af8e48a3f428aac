package vn.haicap.adminunit.seeding;

import java.time.LocalDate;

record SeedEvent(long id, String kind, LocalDate effectiveDate, String legalBasis, String description) {}
