package se.tryggve.audit;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Only administrators read the audit log: it names every user and every change, personal data that
 * the others do not need for their work (GDPR art. 5.1 c, data minimisation). Nobody may change it.
 */
@Component
class AuditPermissions {

    boolean canReadAuditLog(CurrentUser user) {
        return user != null && user.has(Role.ADMINISTRATOR);
    }

    void requireReadAuditLog(CurrentUser user) {
        if (!canReadAuditLog(user)) {
            throw new AccessDeniedException("audit log is for administrators");
        }
    }
}
