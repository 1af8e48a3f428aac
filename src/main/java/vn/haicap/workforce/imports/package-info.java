/**
 * Workforce files: the template's columns, reading CSV and XLSX row by row with line numbers, import jobs
 * run in the background with their progress, and exports in the same template.
 */
@org.jspecify.annotations.NullMarked
package vn.haicap.workforce.imports;
