package vn.haicap.adminunit.web;

import java.time.LocalDate;
import vn.haicap.adminunit.ReorganisationEvent;

record EventJson(String eventKind, LocalDate eventDate, String legalBasis, String description) {

    static EventJson of(ReorganisationEvent event) {
        return new EventJson(event.kind(), event.effectiveDate(), event.legalBasis(), event.description());
    }
}
