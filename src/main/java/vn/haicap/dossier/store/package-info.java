/** The dossier tables (schema {@code dossier}), with explicit SQL. */
@org.jspecify.annotations.NullMarked
package vn.haicap.dossier.store;
