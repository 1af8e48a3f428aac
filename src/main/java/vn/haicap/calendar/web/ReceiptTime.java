package vn.haicap.calendar.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import vn.haicap.shared.HaicapException;

/** A receipt time as callers write it: with an offset, or in Vietnam's local time. */
final class ReceiptTime {

    private ReceiptTime() {}

    static OffsetDateTime parse(String value, ZoneId zone) {
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw HaicapException.invalid("calendar.from-invalid", value);
            }
        }
    }
}
