package vn.haicap.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;

/** Both deadline policies through the API, on the real 2025–2026 calendars and the 2027 forecast. */
@HaicapIntegrationTest
class CalendarPolicyIntegrationTests {

    @LocalServerPort
    int port;

    Api api() {
        return new Api(port);
    }

    JsonNode workingTime(String query) {
        HttpResponse<String> response = api().get("/api/v1/calendar/working-time?" + query);
        assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
        return Api.json(response);
    }

    @Test
    void policyBEndsAtTheCloseOfTheNthWorkingDayAfterTet() {
        JsonNode b = workingTime("from=2026-02-13T10:00&workingDays=3&policy=B");
        assertThat(b.get("due").asString()).isEqualTo("2026-02-25T17:00:00+07:00");
        assertThat(b.get("countedFrom").asString()).isEqualTo("2026-02-23T08:00:00+07:00");
        assertThat(b.get("policy").asString()).isEqualTo("B");
        assertThat(b.get("holidaysSkipped").valueStream().map(JsonNode::asString))
                .containsExactly("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20");
        assertThat(b.get("forecast").asBoolean()).isFalse();
    }

    @Test
    void withoutAPolicyTheAnswerIsPolicyAAsBefore() {
        JsonNode a = workingTime("from=2026-02-13T10:00&workingDays=3");
        assertThat(a.get("due").asString()).isEqualTo("2026-02-25T10:00:00+07:00");
        assertThat(a.get("policy").asString()).isEqualTo("A");
        assertThat(a.get("province").isNull()).isTrue();
        assertThat(a.get("sessions").valueStream().map(JsonNode::asString))
                .containsExactly("08:00-12:00", "13:00-17:00");
        JsonNode explicit = workingTime("from=2026-02-13T10:00&workingDays=3&policy=a");
        assertThat(explicit.get("due").asString()).isEqualTo(a.get("due").asString());
    }

    @Test
    void bothPoliciesAcrossTheReunificationAndLabourDayBreak() {
        // Wed 29 Apr 2026 10:00, 2 working days; Thu 30 Apr - Sun 3 May off
        JsonNode a = workingTime("from=2026-04-29T10:00&workingDays=2&policy=A");
        assertThat(a.get("due").asString()).isEqualTo("2026-05-05T10:00:00+07:00");
        JsonNode b = workingTime("from=2026-04-29T10:00&workingDays=2&policy=B");
        assertThat(b.get("due").asString()).isEqualTo("2026-05-05T17:00:00+07:00");
        assertThat(b.get("holidaysSkipped").valueStream().map(JsonNode::asString))
                .containsExactly("2026-04-30", "2026-05-01");
    }

    @Test
    void aReceiptAfterTheCutOffBeforeTheNationalDayBreakCountsFromThursday() {
        // Fri 28 Aug 2026 15:30, cut-off 15:00: Sat 29 Aug - Wed 2 Sep off (Mon 31 Aug swapped)
        for (String policy : new String[] {"A", "B"}) {
            JsonNode due = workingTime("from=2026-08-28T15:30&workingDays=1&cutOff=15:00&policy=" + policy);
            assertThat(due.get("countedFrom").asString()).as(policy).isEqualTo("2026-09-03T08:00:00+07:00");
            assertThat(due.get("due").asString()).as(policy).isEqualTo("2026-09-03T17:00:00+07:00");
            assertThat(due.get("holidaysSkipped").valueStream().map(JsonNode::asString))
                    .as(policy)
                    .containsExactly("2026-08-31", "2026-09-01", "2026-09-02");
        }
        JsonNode b = workingTime("from=2026-08-28T10:00&workingDays=2&policy=B");
        assertThat(b.get("due").asString()).isEqualTo("2026-09-04T17:00:00+07:00");
    }

    @Test
    void policyBRoundsAFractionalLimitUpAroundCultureDay() {
        // Mon 23 Nov 2026 16:00, 1.5 working days; Tue 24 Nov is Vietnam Culture Day
        JsonNode a = workingTime("from=2026-11-23T16:00&workingDays=1.5");
        assertThat(a.get("due").asString()).isEqualTo("2026-11-26T11:00:00+07:00");
        assertThat(a.get("workingMinutes").asLong()).isEqualTo(720);
        JsonNode b = workingTime("from=2026-11-23T16:00&workingDays=1.5&policy=B");
        assertThat(b.get("due").asString()).isEqualTo("2026-11-26T17:00:00+07:00");
        assertThat(b.get("workingMinutes").asLong()).as("two whole days").isEqualTo(960);
        assertThat(b.get("skippedDays").get(0).get("occasion").asString()).isEqualTo("culture_day");
    }

    @Test
    void crossesNewYear2027AndTheForecastTetOf2027() {
        JsonNode newYear = workingTime("from=2026-12-31T14:00&workingDays=1&policy=B");
        assertThat(newYear.get("due").asString()).isEqualTo("2027-01-04T17:00:00+07:00");
        assertThat(newYear.get("holidaysSkipped").valueStream().map(JsonNode::asString))
                .containsExactly("2027-01-01");
        assertThat(newYear.get("forecast").asBoolean())
                .as("2027 is not announced yet")
                .isTrue();
        // forecast Tết 2027: Fri 5 - Thu 11 Feb off (Lunar New Year's Day Sat 6 Feb, two compensatory days)
        JsonNode b = workingTime("from=2027-02-04T10:00&workingDays=1&policy=B");
        assertThat(b.get("due").asString()).isEqualTo("2027-02-12T17:00:00+07:00");
        JsonNode a = workingTime("from=2027-02-04T10:00&workingDays=1");
        assertThat(a.get("due").asString()).isEqualTo("2027-02-12T10:00:00+07:00");
        assertThat(a.get("forecast").asBoolean()).isTrue();
    }

    @Test
    void aProvinceWithoutItsOwnSessionsUsesTheNationalOnes() {
        JsonNode hcm = workingTime("from=2026-02-13T10:00&workingDays=3&policy=B&province=79");
        assertThat(hcm.get("province").asString()).isEqualTo("79");
        assertThat(hcm.get("sessions").valueStream().map(JsonNode::asString))
                .containsExactly("08:00-12:00", "13:00-17:00");
        assertThat(hcm.get("due").asString()).isEqualTo("2026-02-25T17:00:00+07:00");
        JsonNode hanoiHours = workingTime("from=2026-11-25T11:00&workingHours=4&province=01");
        assertThat(hanoiHours.get("due").asString()).isEqualTo("2026-11-25T16:00:00+07:00");
    }

    @Test
    void refusesPolicyBForHoursAndBadPoliciesOrProvincesInTheCallersLanguage() {
        assertProblem("from=2026-11-25T11:00&workingHours=4&policy=B", "calendar.policy-hours", "vi", "chỉ áp dụng");
        assertProblem(
                "from=2026-11-25T11:00&workingHours=4&policy=B", "calendar.policy-hours", "en", "only to limits in");
        assertProblem("from=2026-11-25T11:00&workingHours=4&policy=B", "calendar.policy-hours", "fr", "qu’aux délais");
        assertProblem("from=2026-11-25T11:00&workingDays=1&policy=C", "calendar.policy-invalid", "en", "\"C\"");
        assertProblem(
                "from=2026-11-25T11:00&workingDays=1&province=1", "calendar.province-invalid", "en", "two digits");
        assertProblem("from=2026-11-25T11:00&workingDays=1&province=99", "calendar.province-unknown", "fr", "99");
        assertProblem("from=2026-11-25T11:00&workingDays=0&policy=B", "calendar.duration-out-of-range", "en", "0");
    }

    private void assertProblem(String query, String code, String language, String detailPart) {
        HttpResponse<String> response = api().send(api().request("/api/v1/calendar/working-time?" + query)
                .header("Accept-Language", language)
                .GET()
                .build());
        assertThat(response.statusCode()).as(query).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .contains("application/problem+json");
        JsonNode problem = Api.json(response);
        assertThat(problem.get("code").asString()).as(query).isEqualTo(code);
        assertThat(problem.get("detail").asString()).as(query).contains(detailPart);
    }
}
