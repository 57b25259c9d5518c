package se.tryggve.followup;

import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;

/** For tests of other modules (cases): a municipality with approved follow-ups, built by the follow-up fixtures. */
@Component
@Import({FollowUpFixture.class, ReportFixture.class})
public class ApprovedFollowUps {

    private final ReportFixture reports;

    ApprovedFollowUps(ReportFixture reports) {
        this.reports = reports;
    }

    /** The 2021 follow-up (approved) and the 2021 one still open, with the world's users. */
    public record Approved(long municipalityId, long followUpId, long openFollowUpId, long departmentId, String coordinator,
                           String reader) {
    }

    public Approved newApproved() {
        ReportFixture.History h = reports.newHistory();
        FollowUp open = reports.followUps.openFollowUp(h.w().m, h.w().programme.id(), 2019, java.time.LocalDate.of(2020, 2, 1), null);
        return new Approved(h.w().m, h.y2021().id(), open.id(), h.w().depA, h.w().coordinator, h.w().reader);
    }
}
