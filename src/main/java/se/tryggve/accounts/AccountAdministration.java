package se.tryggve.accounts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.organisation.DepartmentDirectory;
import se.tryggve.security.CurrentUser;
import se.tryggve.security.UserAccounts;
import se.tryggve.security.UserAccounts.Account;
import se.tryggve.security.UserAccounts.AccountData;
import se.tryggve.shared.RuleViolationException;

/**
 * An administrator's use cases on accounts of their own municipality. Adds what security cannot know:
 * that the department belongs to the same municipality.
 */
@Service
class AccountAdministration {

    private final UserAccounts accounts;
    private final DepartmentDirectory departments;

    AccountAdministration(UserAccounts accounts, DepartmentDirectory departments) {
        this.accounts = accounts;
        this.departments = departments;
    }

    @Transactional
    public Account createAccount(CurrentUser admin, AccountData data) {
        checkDepartment(admin.municipalityId(), data);
        return accounts.createAccount(admin.municipalityId(), data);
    }

    @Transactional
    public Account updateAccount(CurrentUser admin, long id, long version, AccountData data) {
        Account existing = accounts.findAccount(admin.municipalityId(), id);
        checkDepartment(admin.municipalityId(), data);
        return accounts.updateAccount(admin.municipalityId(), id, version,
                new AccountData(existing.username(), data.displayName(), data.email(), data.roles(), data.departmentId(),
                        existing.personId(), data.enabled(), data.password()));
    }

    private void checkDepartment(long municipalityId, AccountData data) {
        if (data.departmentId() != null && departments.findDepartment(municipalityId, data.departmentId()).isEmpty()) {
            throw new RuleViolationException("departmentId", "accounts.department.unknown");
        }
    }
}
