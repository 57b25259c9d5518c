/**
 * Accounts: administrators manage the municipality's user accounts (roles, department, password,
 * enabled); every user sees their own account and changes their own password. The accounts
 * themselves live in security; this module is their administration, and checks departments
 * against the organisation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = {"shared", "shared :: web", "security", "organisation"})
package se.tryggve.accounts;
