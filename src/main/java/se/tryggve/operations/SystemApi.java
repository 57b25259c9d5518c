package se.tryggve.operations;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.swagger.v3.oas.annotations.Operation;

import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.ApiController;

/**
 * The embedded database's online backup for scripts ({@code bin/backup.sh}, a cron job):
 * {@code curl -u admin -X POST .../api/v1/system/backups}. Administrators only; 400 on PostgreSQL,
 * which is backed up with pg_dump.
 */
@ApiController("/api/v1/system")
class SystemApi {

    private final Backups backups;

    SystemApi(Backups backups) {
        this.backups = backups;
    }

    @Operation(summary = "Take an online backup of the embedded H2 database into <data-dir>/backups (administrators)")
    @PostMapping("/backups")
    @ResponseStatus(HttpStatus.CREATED)
    Backups.LastBackup backup(CurrentUser me) {
        SystemPages.requireAdministrator(me);
        return backups.backupEmbeddedDatabase();
    }
}
