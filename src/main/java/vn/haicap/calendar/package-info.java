/**
 * The public-sector working calendar: weekends, statutory holidays including the lunar ones,
 * compensatory days, official day swaps and make-up working Saturdays (a per-year table that
 * administrators edit, with a forecast for years not yet announced), working sessions, and the
 * arithmetic of statutory deadlines in working time. Exposes {@link vn.haicap.calendar.WorkingCalendar}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working calendar")
@org.jspecify.annotations.NullMarked
package vn.haicap.calendar;
