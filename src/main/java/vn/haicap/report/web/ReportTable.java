package vn.haicap.report.web;

import java.util.List;

/** A table of a report as it is exported: a title, column headers and rows of cells (text or numbers). */
record ReportTable(String key, String title, List<String> headers, List<List<Object>> rows) {}
