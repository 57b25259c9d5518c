/**
 * Operations (issue 8): what an operator of the installation needs besides the business modules —
 * the request id on every request and in every log line ({@link se.tryggve.operations.RequestIdFilter}),
 * structured JSON logs behind {@code TRYGGVE_LOG_FORMAT=json}, the online backup of the embedded
 * database and the time of the last backup ({@link se.tryggve.operations.Backups}), and the
 * administrator's page {@code /admin/system} with version, database, Flyway version, jobs, uptime
 * and instance. Reads no module's tables: only Flyway's history and, when it exists, the job-lock
 * table {@code job_lock}, both installation-wide.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations", allowedDependencies = {"shared", "shared :: web", "security"})
package se.tryggve.operations;
