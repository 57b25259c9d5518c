/**
 * Follow-up: the yearly follow-up of a governing document. Each department reports on its goals
 * and activities, the security coordinator reviews, judges and approves. Reads governance only
 * through its public query service.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up", allowedDependencies = {"shared", "shared :: web", "security", "organisation", "governance"})
package se.tryggve.followup;
