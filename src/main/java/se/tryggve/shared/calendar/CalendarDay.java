package se.tryggve.shared.calendar;

import java.time.LocalDate;

/** One named day of a year: a public holiday or one of the three eves that count like one. */
public record CalendarDay(LocalDate date, Holiday holiday) {

    public String name() {
        return holiday.swedishName();
    }

    public boolean publicHoliday() {
        return holiday.isPublicHoliday();
    }
}
