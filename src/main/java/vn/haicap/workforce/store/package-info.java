/** The workforce tables, read and written with explicit SQL; queries take the caller's scope as SQL. */
@org.jspecify.annotations.NullMarked
package vn.haicap.workforce.store;
