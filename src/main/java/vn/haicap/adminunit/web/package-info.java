/** The public JSON API under {@code /api/v1/units} and the pages under {@code /units}. */
@org.jspecify.annotations.NullMarked
package vn.haicap.adminunit.web;
