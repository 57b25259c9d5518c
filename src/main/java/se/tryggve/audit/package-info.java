/**
 * Audit: the append-only log of every state change — who, when, which municipality, which object,
 * what action, each changed field before and after. Written from {@link se.tryggve.shared.StateChanged}
 * events inside the changing transaction; read by administrators. Uses shared and security.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log", allowedDependencies = {"shared", "shared :: web", "security"})
package se.tryggve.audit;
