package vn.haicap.calendar.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.haicap.calendar.WorkingCalendar;
import vn.haicap.calendar.rules.OfficialCalendars;

/** Copies the shipped official calendars into the database for years not recorded yet. */
@Component
class OfficialCalendarImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OfficialCalendarImport.class);

    private final WorkingCalendar calendar;

    OfficialCalendarImport(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        OfficialCalendars.shipped().forEach((year, days) -> {
            if (calendar.importOfficial(year, days, "system")) {
                log.info("Recorded the official public-sector calendar of {} ({} exceptional days)", year, days.size());
            }
        });
    }
}
