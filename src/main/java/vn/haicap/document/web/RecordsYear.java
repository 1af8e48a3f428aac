package vn.haicap.document.web;

import java.time.LocalDate;
import java.time.ZoneId;

final class RecordsYear {

    private RecordsYear() {}

    static int current() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    }
}
