/** Builds the registry from the shipped data set and writes it at start-up when the data set changed. */
@org.jspecify.annotations.NullMarked
package vn.haicap.adminunit.seeding;
