package vn.haicap.adminunit.seeding;

import java.util.List;

/** Everything the registry tables hold, built from the data set before anything is written. */
record Registry(List<SeedVersion> versions, List<SeedAlias> aliases, List<SeedEvent> events, List<SeedLink> links) {}
