/**
 * Incidents: the register of graffiti and other vandalism (later also partners' reports), with
 * districts, the lifecycle reported → assigned → removed (or not our property / duplicate / closed),
 * costs and photos. Feeds Open311, the statistics and the graffiti section of the follow-up report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incidents", allowedDependencies = {"shared", "shared :: web", "shared :: calendar", "security", "organisation", "governance", "followup"})
package se.tryggve.incidents;
