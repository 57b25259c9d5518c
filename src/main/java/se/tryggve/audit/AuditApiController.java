package se.tryggve.audit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;

import se.tryggve.security.CurrentUser;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.web.ApiController;
import se.tryggve.shared.web.PageResult;

/** The audit log as JSON, read-only: there is deliberately no PUT, PATCH or DELETE. */
@ApiController("/api/v1/audit")
class AuditApiController {

    private final AuditLog log;
    private final AuditPermissions permissions;

    AuditApiController(AuditLog log, AuditPermissions permissions) {
        this.log = log;
        this.permissions = permissions;
    }

    @Operation(summary = "Search the audit log, newest first (administrators)")
    @GetMapping
    PageResult<AuditLog.Entry> search(CurrentUser me,
                                      @RequestParam(required = false) String actor,
                                      @RequestParam(required = false) String objectType,
                                      @RequestParam(required = false) String objectId,
                                      @RequestParam(required = false) String action,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size) {
        permissions.requireReadAuditLog(me);
        if (from != null && to != null && to.isBefore(from)) {
            throw new RuleViolationException("to", "shared.period.endsBeforeStart");
        }
        int safeSize = Math.max(1, Math.min(size, PageResult.MAX_SIZE));
        int safePage = Math.max(0, page);
        AuditLog.Filter filter = new AuditLog.Filter(actor, objectType, objectId, action, from, to);
        long total = log.count(me.municipalityId(), filter);
        List<AuditLog.Entry> items = log.search(me.municipalityId(), filter,
                (int) Math.min((long) safePage * safeSize, Integer.MAX_VALUE), safeSize);
        return new PageResult<>(items, safePage, safeSize, total, (int) ((total + safeSize - 1) / safeSize));
    }

    @Operation(summary = "One audit log entry (administrators)")
    @GetMapping("/{id}")
    AuditLog.Entry get(CurrentUser me, @PathVariable long id) {
        permissions.requireReadAuditLog(me);
        return log.find(me.municipalityId(), id).orElseThrow(() -> new NotFoundException("AuditEntry", id));
    }
}
