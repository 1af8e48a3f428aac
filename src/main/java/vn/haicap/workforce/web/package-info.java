/** The workforce JSON API and pages. */
@org.jspecify.annotations.NullMarked
package vn.haicap.workforce.web;
