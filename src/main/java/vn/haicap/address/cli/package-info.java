/** The command line: {@code ./haicap convert-addresses IN OUT}, run without Spring or a database. */
@org.jspecify.annotations.NullMarked
package vn.haicap.address.cli;
