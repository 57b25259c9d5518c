/**
 * Security: user accounts, roles, login (form, HTTP Basic for the API, OIDC) and the current
 * user. Other modules ask {@link se.tryggve.security.CurrentUser} who is acting and decide with
 * their own permissions class. Uses only the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = "shared")
package se.tryggve.security;
