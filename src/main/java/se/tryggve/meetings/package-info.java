/**
 * Meetings (sammanträden) of the bodies: attendance, numbered paragraphs with decisions, deliberation,
 * motions, votes, reservations and protocol notes, consistency checks and the adjustment (justering)
 * of the minutes. Cases are read only through the cases module's CaseDirectory; parties and roles
 * only through organisation's member register.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings", allowedDependencies = {"shared", "shared :: web", "security", "organisation", "cases", "shared :: calendar"})
package se.tryggve.meetings;
