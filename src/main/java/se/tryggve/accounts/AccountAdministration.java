package se.tryggve.accounts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.organisation.DepartmentDirectory;
import se.tryggve.organisation.People;
import se.tryggve.shared.NotFoundException;
import se.tryggve.security.CurrentUser;
import se.tryggve.security.UserAccounts;
import se.tryggve.security.UserAccounts.Account;
import se.tryggve.security.UserAccounts.AccountData;
import se.tryggve.shared.RuleViolationException;

/**
 * An administrator's use cases on accounts of their own municipality. Adds what security cannot know:
 * that the department and the partner organisation belong to the same municipality.
 */
@Service
class AccountAdministration {

    private final UserAccounts accounts;
    private final DepartmentDirectory departments;
    private final People people;
    private final se.tryggve.organisation.PartnerDirectory partners;

    AccountAdministration(UserAccounts accounts, DepartmentDirectory departments, People people,
                          se.tryggve.organisation.PartnerDirectory partners) {
        this.partners = partners;
        this.accounts = accounts;
        this.departments = departments;
        this.people = people;
    }

    @Transactional
    public Account createAccount(CurrentUser admin, AccountData data) {
        checkDepartment(admin.municipalityId(), data);
        checkPartner(admin.municipalityId(), data);
        checkPerson(admin.municipalityId(), data);
        return accounts.createAccount(admin.municipalityId(), data);
    }

    @Transactional
    public Account updateAccount(CurrentUser admin, long id, long version, AccountData data) {
        Account existing = accounts.findAccount(admin.municipalityId(), id);
        checkDepartment(admin.municipalityId(), data);
        checkPartner(admin.municipalityId(), data);
        checkPerson(admin.municipalityId(), data);
        return accounts.updateAccount(admin.municipalityId(), id, version,
                new AccountData(existing.username(), data.displayName(), data.email(), data.roles(), data.departmentId(),
                        data.personId(), data.enabled(), data.password(), data.partnerOrganisationId()));
    }

    /**
     * The linked person must be in this municipality's register: the link lets the user adjust minutes
     * as that person (the chair or an adjuster), so another municipality's person is refused.
     */
    private void checkPerson(long municipalityId, AccountData data) {
        if (data.personId() == null) {
            return;
        }
        try {
            people.findPerson(municipalityId, data.personId());
        } catch (NotFoundException e) {
            throw new RuleViolationException("personId", "accounts.person.unknown");
        }
    }

    /** A partner reporter's organisation must be one of this municipality's, and active. */
    private void checkPartner(long municipalityId, AccountData data) {
        if (data.partnerOrganisationId() != null && partners.findPartnerOrganisation(municipalityId, data.partnerOrganisationId())
                .filter(p -> p.active()).isEmpty()) {
            throw new RuleViolationException("partnerOrganisationId", "accounts.partner.unknown");
        }
    }

    private void checkDepartment(long municipalityId, AccountData data) {
        if (data.departmentId() != null && departments.findDepartment(municipalityId, data.departmentId()).isEmpty()) {
            throw new RuleViolationException("departmentId", "accounts.department.unknown");
        }
    }
}
