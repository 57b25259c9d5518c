package se.tryggve.oparl;

import java.time.Clock;

import org.springframework.stereotype.Component;

import se.tryggve.meetings.PublishedMeetings;
import se.tryggve.organisation.Bodies;
import se.tryggve.organisation.Memberships;
import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.Parties;
import se.tryggve.organisation.People;

/** The public query services of the modules OParl reads, in one place. */
@Component
class OParlSources {

    final Municipalities municipalities;
    final Bodies bodies;
    final Parties parties;
    final People people;
    final Memberships memberships;
    final PublishedMeetings meetings;
    final Clock clock;

    OParlSources(Municipalities municipalities, Bodies bodies, Parties parties, People people, Memberships memberships,
                 PublishedMeetings meetings, Clock clock) {
        this.municipalities = municipalities;
        this.bodies = bodies;
        this.parties = parties;
        this.people = people;
        this.memberships = memberships;
        this.meetings = meetings;
        this.clock = clock;
    }
}
