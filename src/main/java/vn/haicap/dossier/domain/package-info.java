/** The dossier aggregate and its rules, without Spring or a database. */
@org.jspecify.annotations.NullMarked
package vn.haicap.dossier.domain;
