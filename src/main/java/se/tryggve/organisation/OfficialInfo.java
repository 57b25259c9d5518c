package se.tryggve.organisation;

import java.time.LocalDate;

/** An official role with the person's and department's names. */
public record OfficialInfo(long id, long personId, String personName, long departmentId, String departmentName,
                           String title, LocalDate validFrom, LocalDate validTo, long version) {
}
