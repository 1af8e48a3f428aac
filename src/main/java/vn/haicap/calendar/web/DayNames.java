package vn.haicap.calendar.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.haicap.calendar.CalendarDay;

/** The reason for a day off, in the reader's language ("Tết Nguyên đán (nghỉ bù)"). */
@Component
class DayNames {

    private final MessageSource messages;

    DayNames(MessageSource messages) {
        this.messages = messages;
    }

    String reason(CalendarDay day) {
        var locale = LocaleContextHolder.getLocale();
        String kind = messages.getMessage(
                "calendar.kind." + day.kind().key(), null, day.kind().key(), locale);
        if (day.occasion() == null || day.occasion().isBlank()) {
            return day.note() == null || day.note().isBlank() ? kind : kind + ": " + day.note();
        }
        String occasion = messages.getMessage("calendar.occasion." + day.occasion(), null, day.occasion(), locale);
        return occasion + " (" + kind + ")";
    }
}
