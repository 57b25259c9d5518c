/**
 * Organisation: the municipality (the tenant) and its settings, departments, bodies, parties,
 * people, memberships and officials. Uses shared and security.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = {"shared", "shared :: web", "security"})
package se.tryggve.organisation;
