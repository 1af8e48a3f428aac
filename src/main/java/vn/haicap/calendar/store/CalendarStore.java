package vn.haicap.calendar.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.haicap.calendar.CalendarDay;
import vn.haicap.calendar.DayKind;

/** The calendar tables: official years, their exceptional days, and the revision counter. */
@Repository
public class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isOfficial(int year) {
        return jdbc.sql("select count(*) from calendar.official_year where year = :year")
                        .param("year", year)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<CalendarDay> daysOf(int year) {
        return jdbc.sql("""
                select day, kind, occasion, note, legal_basis from calendar.calendar_day
                where day >= make_date(:year, 1, 1) and day < make_date(:year + 1, 1, 1) order by day
                """)
                .param("year", year)
                .query((rs, n) -> new CalendarDay(
                        rs.getObject("day", LocalDate.class),
                        DayKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                        rs.getString("occasion"),
                        rs.getString("note"),
                        rs.getString("legal_basis"),
                        false))
                .list();
    }

    public void markOfficial(int year, String actor) {
        jdbc.sql("insert into calendar.official_year (year, recorded_by) values (:year, :actor) on conflict do nothing")
                .param("year", year)
                .param("actor", actor)
                .update();
    }

    public void save(CalendarDay day, String actor) {
        jdbc.sql("""
                insert into calendar.calendar_day (day, kind, occasion, note, legal_basis, updated_by)
                values (:day, :kind, :occasion, :note, :legalBasis, :actor)
                on conflict (day) do update set kind = excluded.kind, occasion = excluded.occasion,
                    note = excluded.note, legal_basis = excluded.legal_basis,
                    updated_by = excluded.updated_by, updated_at = now()
                """)
                .param("day", day.date())
                .param("kind", day.kind().key())
                .param("occasion", day.occasion())
                .param("note", day.note())
                .param("legalBasis", day.legalBasis())
                .param("actor", actor)
                .update();
    }

    public boolean remove(LocalDate date) {
        return jdbc.sql("delete from calendar.calendar_day where day = :day")
                        .param("day", date)
                        .update()
                > 0;
    }

    public long revision() {
        return jdbc.sql("select revision from calendar.calendar_revision where id = 1")
                .query(Long.class)
                .single();
    }

    public long bumpRevision() {
        return jdbc.sql("update calendar.calendar_revision set revision = revision + 1 where id = 1 returning revision")
                .query(Long.class)
                .single();
    }

    public @Nullable Integer lockRevision() {
        return jdbc.sql("select 1 from calendar.calendar_revision where id = 1 for update")
                .query(Integer.class)
                .optional()
                .orElse(null);
    }
}
