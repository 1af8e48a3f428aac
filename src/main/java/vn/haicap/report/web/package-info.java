/** The report pages, the JSON API and the exports (CSV, XLSX, PDF). */
@org.jspecify.annotations.NullMarked
package vn.haicap.report.web;
