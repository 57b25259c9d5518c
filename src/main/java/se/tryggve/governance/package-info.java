/**
 * Governance: governing documents (programmes, guidelines, plans), their areas, goals,
 * indicators and the activities that carry them out. Uses shared, security and the organisation
 * module's department directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance", allowedDependencies = {"shared", "shared :: web", "security", "organisation"})
package se.tryggve.governance;
