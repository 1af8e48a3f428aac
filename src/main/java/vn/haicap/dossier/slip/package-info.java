/** The slips of Circular 03/2025 Appendix I as PDF: receipt (Form 01), apology (Form 04), process control (Form 06). */
@org.jspecify.annotations.NullMarked
package vn.haicap.dossier.slip;
