/**
 * Prevention: the follow-up of the guideline against violent extremism, as aggregates only — per
 * municipality, year and reporting unit the number of trainings and participants, coordination
 * meetings, consultations and concerns handled, and a narrative. Nothing about any person is stored
 * (GDPR art. 9, RF 2 kap. 3 §); counts under 5 are suppressed in everything published. Adds its
 * section to the yearly follow-up report through followup's {@code GuidelineSectionProvider}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prevention",
        allowedDependencies = {"shared", "shared :: web", "security", "organisation", "followup"})
package se.tryggve.prevention;
