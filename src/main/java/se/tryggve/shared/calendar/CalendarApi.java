package se.tryggve.shared.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;

import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.web.ApiController;

/**
 * The calendar of time limits as a public JSON API: anyone may check the last day of appeal of a
 * notice (the law's dates concern every member of the municipality), so no login is needed. Dates
 * are read as text and checked here, so that a missing or malformed date is a 400 problem naming
 * the parameter, like every other refusal of the API.
 */
@ApiController("/api/v1/calendar")
class CalendarApi {

    private final MessageSource messages;

    CalendarApi(MessageSource messages) {
        this.messages = messages;
    }

    record Warning(NoticeWarning.Code code, String message) {
    }

    record AppealDeadlineView(LocalDate posted, LocalDate lastDayOfAppeal, LocalDate takeDown,
                              List<String> movedBecause, List<Warning> warnings) {
    }

    record Day(LocalDate date, Holiday code, String name, boolean publicHoliday) {
    }

    record HolidaysView(int year, List<Day> days) {
    }

    @GetMapping("/appeal-deadline")
    @SecurityRequirements
    @Operation(summary = "Last day of appeal and take-down date of a notice of adjusted minutes (public)")
    AppealDeadlineView appealDeadline(
            @Parameter(description = "Day the adjustment was announced on the notice board, YYYY-MM-DD", required = true)
            @RequestParam(required = false) String posted,
            @Parameter(description = "Day of the meeting, YYYY-MM-DD (optional: adds warnings)")
            @RequestParam(required = false) String meeting,
            @Parameter(description = "Day the minutes were adjusted, YYYY-MM-DD (optional: adds warnings)")
            @RequestParam(required = false) String adjusted) {
        LocalDate postedDate = date("posted", posted);
        if (postedDate == null) {
            throw new RuleViolationException("posted", "calendar.posted.required");
        }
        LocalDate meetingDate = date("meeting", meeting);
        LocalDate adjustedDate = date("adjusted", adjusted);
        AppealDeadline deadline = NoticeDates.appealDeadline(postedDate);
        List<Warning> warnings = NoticeDates.warnings(meetingDate, adjustedDate, postedDate).stream()
                .map(w -> new Warning(w.code(),
                        messages.getMessage(w.messageKey(), w.args(), LocaleContextHolder.getLocale())))
                .toList();
        return new AppealDeadlineView(deadline.posted(), deadline.lastDayOfAppeal(), deadline.takeDown(),
                deadline.movedBecause(), warnings);
    }

    @GetMapping("/holidays")
    @SecurityRequirements
    @Operation(summary = "Public holidays and the eves that count like them for time limits in a year (public)")
    HolidaysView holidays(
            @Parameter(description = "The year, 1900–2200", required = true)
            @RequestParam(required = false) String year) {
        if (year == null || year.isBlank()) {
            throw new RuleViolationException("year", "calendar.year.required");
        }
        int y;
        try {
            y = Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolationException("year", "calendar.year.invalid");
        }
        checkYear("year", y);
        List<Day> days = SwedishCalendar.holidays(y).stream()
                .map(d -> new Day(d.date(), d.holiday(),
                        messages.getMessage(d.holiday().messageKey(), null, d.name(), LocaleContextHolder.getLocale()),
                        d.publicHoliday()))
                .toList();
        return new HolidaysView(y, days);
    }

    /** The date in the parameter, or null when it is absent; a malformed date or one outside 1900–2200 is refused. */
    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(field, "calendar.date.invalid");
        }
        checkYear(field, date.getYear());
        return date;
    }

    private static void checkYear(String field, int year) {
        if (!SwedishCalendar.isSupportedYear(year)) {
            throw new RuleViolationException(field, "calendar.year.outOfRange",
                    SwedishCalendar.FIRST_YEAR, SwedishCalendar.LAST_YEAR);
        }
    }
}
