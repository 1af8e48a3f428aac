/** The dossier API and pages. */
@org.jspecify.annotations.NullMarked
package vn.haicap.dossier.web;
