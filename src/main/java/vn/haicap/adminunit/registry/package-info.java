/** Reads the registry tables: unit versions, aliases, events and lineage links; the search-key normalisation. */
@org.jspecify.annotations.NullMarked
package vn.haicap.adminunit.registry;
