package se.tryggve.shared.calendar;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.testing.BadApiInput;
import se.tryggve.testing.IntegrationTest;

/** The public calendar API: no login, exact dates, and 400 problems for bad dates and years. */
@IntegrationTest
@AutoConfigureMockMvc
class CalendarApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void lastDayOfAppealWithoutLogin() throws Exception {
        mvc.perform(get("/api/v1/calendar/appeal-deadline?posted=2022-02-24"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json("""
                        {"posted":"2022-02-24","lastDayOfAppeal":"2022-03-17","takeDown":"2022-03-18",
                         "movedBecause":[],"warnings":[]}""", org.springframework.test.json.JsonCompareMode.STRICT));
    }

    @Test
    void aMovedLastDaySaysWhy() throws Exception {
        mvc.perform(get("/api/v1/calendar/appeal-deadline").param("posted", "2022-03-25"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastDayOfAppeal").value("2022-04-19"))
                .andExpect(jsonPath("$.takeDown").value("2022-04-20"))
                .andExpect(jsonPath("$.movedBecause[0]").value("långfredagen"))
                .andExpect(jsonPath("$.movedBecause[1]").value("lördag"))
                .andExpect(jsonPath("$.movedBecause[2]").value("påskdagen"))
                .andExpect(jsonPath("$.movedBecause[3]").value("annandag påsk"));
    }

    @Test
    void meetingAndAdjustmentDatesAddWarningsInSwedish() throws Exception {
        mvc.perform(get("/api/v1/calendar/appeal-deadline")
                        .param("posted", "2022-03-10").param("adjusted", "2022-03-04").param("meeting", "2022-02-17"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings.length()").value(2))
                .andExpect(jsonPath("$.warnings[0].code").value("ADJUSTED_LATE"))
                .andExpect(jsonPath("$.warnings[0].message").value(
                        "Protokollet justerades 2022-03-04, mer än 14 dagar efter sammanträdet 2022-02-17. "
                                + "Sista dag för justering var 2022-03-03 (kommunallagen 6 kap. 35 §)."))
                .andExpect(jsonPath("$.warnings[1].code").value("POSTED_LATE"));
    }

    @Test
    void holidaysOfAYearWithoutLogin() throws Exception {
        mvc.perform(get("/api/v1/calendar/holidays?year=2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.days.length()").value(15))
                .andExpect(jsonPath("$.days[0].date").value("2025-01-01"))
                .andExpect(jsonPath("$.days[0].code").value("NEW_YEARS_DAY"))
                .andExpect(jsonPath("$.days[0].name").value("nyårsdagen"))
                .andExpect(jsonPath("$.days[0].publicHoliday").value(true))
                .andExpect(jsonPath("$.days[2].date").value("2025-04-18"))
                .andExpect(jsonPath("$.days[2].name").value("långfredagen"))
                .andExpect(jsonPath("$.days[8].date").value("2025-06-20"))
                .andExpect(jsonPath("$.days[8].name").value("midsommarafton"))
                .andExpect(jsonPath("$.days[8].publicHoliday").value(false));
    }

    @Test
    void holidayNamesFollowTheChosenLanguage() throws Exception {
        mvc.perform(get("/api/v1/calendar/holidays?year=2025").cookie(new Cookie("tryggve-lang", "en")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days[0].name").value("New Year's Day"));
    }

    @Test
    void aSignedInUserMayAskToo() throws Exception {
        mvc.perform(get("/api/v1/calendar/appeal-deadline?posted=2022-02-24")
                        .with(httpBasic(BadApiInput.ADMIN, BadApiInput.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastDayOfAppeal").value("2022-03-17"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "posted missing                | /api/v1/calendar/appeal-deadline                         | posted",
            "posted empty                  | /api/v1/calendar/appeal-deadline?posted=                 | posted",
            "posted not a date             | /api/v1/calendar/appeal-deadline?posted=igår             | posted",
            "posted 30 February            | /api/v1/calendar/appeal-deadline?posted=2022-02-30       | posted",
            "posted in Swedish format      | /api/v1/calendar/appeal-deadline?posted=24/2/2022        | posted",
            "posted before 1900            | /api/v1/calendar/appeal-deadline?posted=1899-12-31       | posted",
            "posted after 2200             | /api/v1/calendar/appeal-deadline?posted=2201-01-01       | posted",
            "meeting malformed             | /api/v1/calendar/appeal-deadline?posted=2022-02-24&meeting=x | meeting",
            "adjusted out of range         | /api/v1/calendar/appeal-deadline?posted=2022-02-24&adjusted=0001-01-01 | adjusted",
            "year missing                  | /api/v1/calendar/holidays                                | year",
            "year not a number             | /api/v1/calendar/holidays?year=i+år                      | year",
            "year too large for an int     | /api/v1/calendar/holidays?year=99999999999               | year",
            "year before 1900              | /api/v1/calendar/holidays?year=1899                      | year",
            "year after 2200               | /api/v1/calendar/holidays?year=2201                      | year"})
    void badInputIsA400Problem(String name, String path, String field) throws Exception {
        mvc.perform(get(path.strip()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://tryggve.se/problem/invalid"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors." + field.strip()).isNotEmpty());
    }

    @Test
    void theYearRangeIsNamedInTheProblem() throws Exception {
        mvc.perform(get("/api/v1/calendar/holidays?year=1899"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.year").value("Året måste ligga mellan 1900 och 2200"));
    }

    @Test
    void theApiDescriptionShowsTheCalendarWithoutLogin() throws Exception {
        for (String path : new String[] {"/api/v1/calendar/appeal-deadline", "/api/v1/calendar/holidays"}) {
            mvc.perform(get("/v3/api-docs"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.paths['" + path + "'].get.security").isArray())
                    .andExpect(jsonPath("$.paths['" + path + "'].get.security").isEmpty());
        }
    }

    @Test
    void onlyReadingIsPublic() throws Exception {
        mvc.perform(post("/api/v1/calendar/holidays?year=2025"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/calendar/holidays?year=2025").with(httpBasic(BadApiInput.ADMIN, BadApiInput.ADMIN_PASSWORD)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
