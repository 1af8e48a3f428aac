package vn.haicap.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
class CalendarIntegrationTests {

    @LocalServerPort
    int port;

    Api api() {
        return new Api(port);
    }

    @Test
    void computesTheDueTimeAcrossTetAndListsTheHolidaysSkipped() {
        HttpResponse<String> response = api().get("/api/v1/calendar/working-time?from=2026-02-13T10:00&workingDays=3");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Api.json(response);
        assertThat(body.get("due").asString()).isEqualTo("2026-02-25T10:00:00+07:00");
        assertThat(body.get("holidaysSkipped").valueStream().map(JsonNode::asString))
                .containsExactly("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20");
        assertThat(body.get("skippedDays").get(0).get("reason").asString()).contains("Tết Nguyên đán");
    }

    @Test
    void acceptsOffsetsHoursAndACutOff() {
        JsonNode utc = Api.json(api().get("/api/v1/calendar/working-time?from=2026-11-23T03:00:00Z&workingDays=2"));
        assertThat(utc.get("due").asString()).isEqualTo("2026-11-26T10:00:00+07:00");
        JsonNode hours = Api.json(api().get("/api/v1/calendar/working-time?from=2026-11-25T11:00&workingHours=4"));
        assertThat(hours.get("due").asString()).isEqualTo("2026-11-25T16:00:00+07:00");
        JsonNode cutOff =
                Api.json(api().get("/api/v1/calendar/working-time?from=2026-08-21T16:00&workingDays=2&cutOff=15:00"));
        assertThat(cutOff.get("countedFrom").asString()).isEqualTo("2026-08-22T08:00:00+07:00");
        assertThat(cutOff.get("due").asString()).isEqualTo("2026-08-24T17:00:00+07:00");
    }

    @Test
    void listsEveryNonWorkingDayOfAYearWithItsReason() {
        JsonNode year = Api.json(api().send(api().request("/api/v1/calendar/days?year=2026")
                .header("Accept-Language", "en")
                .GET()
                .build()));
        assertThat(year.get("forecast").asBoolean()).isFalse();
        List<JsonNode> days = year.get("days").valueStream().toList();
        assertThat(days).anySatisfy(day -> {
            assertThat(day.get("date").asString()).isEqualTo("2026-11-24");
            assertThat(day.get("reason").asString()).contains("Vietnam Culture Day");
        });
        assertThat(days).anySatisfy(day -> {
            assertThat(day.get("date").asString()).isEqualTo("2026-01-03");
            assertThat(day.get("kind").asString()).isEqualTo("weekend");
        });
        assertThat(days)
                .noneSatisfy(day -> assertThat(day.get("date").asString()).isEqualTo("2026-08-22"));
        assertThat(year.get("makeUpWorkingDays").get(0).get("date").asString()).isEqualTo("2026-08-22");
        // 104 weekend days, 13 weekday holidays, minus the make-up Saturday
        assertThat(days).hasSize(104 + 13 - 1);
    }

    @Test
    void forecastsYearsWithoutAnOfficialNotice() {
        JsonNode year = Api.json(api().get("/api/v1/calendar/days?year=2029"));
        assertThat(year.get("forecast").asBoolean()).isTrue();
        assertThat(year.get("days").valueStream().map(d -> d.get("occasion").asString("")))
                .contains("tet", "hung_kings", "culture_day");
    }

    @Test
    void refusesBadInputWithAProblemInTheCallersLanguage() {
        assertProblem("/api/v1/calendar/working-time?from=2026-02-13T10:00", "calendar.duration-missing");
        assertProblem(
                "/api/v1/calendar/working-time?from=2026-02-13T10:00&workingDays=1&workingHours=2",
                "calendar.duration-missing");
        assertProblem("/api/v1/calendar/working-time?from=yesterday&workingDays=1", "calendar.from-invalid");
        assertProblem(
                "/api/v1/calendar/working-time?from=1890-01-01T10:00&workingDays=1", "calendar.year-out-of-range");
        assertProblem(
                "/api/v1/calendar/working-time?from=2026-02-13T10:00&workingDays=-2", "calendar.duration-out-of-range");
        assertProblem(
                "/api/v1/calendar/working-time?from=2026-02-13T10:00&workingDays=1e9",
                "calendar.duration-out-of-range");
        assertProblem(
                "/api/v1/calendar/working-time?from=2026-02-13T10:00&workingDays=abc", "common.parameter-invalid");
        assertProblem(
                "/api/v1/calendar/working-time?from=2026-02-13T10:00&workingDays=1&cutOff=3pm",
                "calendar.cut-off-invalid");
        assertProblem("/api/v1/calendar/days?year=3000", "calendar.year-out-of-range");
        assertProblem("/api/v1/calendar/working-time?workingDays=1", "common.parameter-missing");
        JsonNode english = Api.json(api().send(api().request("/api/v1/calendar/days?year=3000")
                .header("Accept-Language", "en")
                .GET()
                .build()));
        assertThat(english.get("detail").asString())
                .isEqualTo("The year 3000 is outside the calendar's range (2000–2100).");
    }

    @Test
    void onlyTheMinistryEditsTheCalendarAndEveryChangeBumpsTheRevision() {
        String body =
                "{\"kind\":\"holiday\",\"occasion\":null,\"note\":\"Test day off\",\"legalBasis\":\"Test notice\"}";
        HttpRequest.Builder put = api().request("/api/v1/calendar/days/2031-06-10")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        assertThat(api().send(put.build()).statusCode()).isEqualTo(401);
        assertThat(api().send(Api.basic(put, "citizen", "Demo-citizen-2025").build())
                        .statusCode())
                .isEqualTo(403);

        long before = Api.json(api().get("/api/v1/calendar/days?year=2031"))
                .get("calendarRevision")
                .asLong();
        HttpRequest.Builder again = api().request("/api/v1/calendar/days/2031-06-10")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        assertThat(api().send(Api.basic(again, "ministry", "Demo-ministry-2025").build())
                        .statusCode())
                .isEqualTo(204);

        JsonNode year = Api.json(api().get("/api/v1/calendar/days?year=2031"));
        assertThat(year.get("forecast").asBoolean())
                .as("edited years become official")
                .isFalse();
        assertThat(year.get("calendarRevision").asLong()).isGreaterThan(before);
        assertThat(year.get("days").valueStream())
                .anySatisfy(d -> assertThat(d.get("date").asString()).isEqualTo("2031-06-10"));
        JsonNode due = Api.json(api().get("/api/v1/calendar/working-time?from=2031-06-09T08:00&workingDays=2"));
        assertThat(due.get("due").asString()).isEqualTo("2031-06-11T17:00:00+07:00");

        HttpRequest.Builder delete =
                api().request("/api/v1/calendar/days/2031-06-10").DELETE();
        assertThat(api().send(Api.basic(delete, "ministry", "Demo-ministry-2025")
                                .build())
                        .statusCode())
                .isEqualTo(204);
        JsonNode after = Api.json(api().get("/api/v1/calendar/working-time?from=2031-06-09T08:00&workingDays=2"));
        assertThat(after.get("due").asString()).isEqualTo("2031-06-10T17:00:00+07:00");
    }

    @Test
    void refusesAMakeUpWorkingDayOnAWeekday() {
        HttpRequest.Builder put = api().request("/api/v1/calendar/days/2031-06-11")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"kind\":\"makeup_workday\"}"));
        HttpResponse<String> response =
                api().send(Api.basic(put, "ministry", "Demo-ministry-2025").build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Api.json(response).get("code").asString()).isEqualTo("calendar.makeup-not-weekend");
    }

    private void assertProblem(String path, String code) {
        HttpResponse<String> response = api().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(Api.json(response).get("code").asString()).as(path).isEqualTo(code);
    }
}
