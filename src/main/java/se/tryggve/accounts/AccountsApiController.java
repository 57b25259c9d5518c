package se.tryggve.accounts;

import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;
import se.tryggve.security.UserAccounts;
import se.tryggve.security.UserAccounts.Account;
import se.tryggve.shared.web.ApiController;
import se.tryggve.shared.web.PageResult;

/** The municipality's user accounts as JSON, for administrators. */
@ApiController("/api/v1/users")
class AccountsApiController {

    private final UserAccounts accounts;
    private final AccountsPermissions permissions;

    AccountsApiController(UserAccounts accounts, AccountsPermissions permissions) {
        this.accounts = accounts;
        this.permissions = permissions;
    }

    /** An account without anything secret. */
    record UserJson(long id, String username, String displayName, String email, Set<Role> roles, Long departmentId,
                    boolean enabled, boolean locked, long version, Long partnerOrganisationId) {

        static UserJson of(Account a) {
            return new UserJson(a.id(), a.username(), a.displayName(), a.email(), a.roles(), a.departmentId(),
                    a.enabled(), a.locked(), a.version(), a.partnerOrganisationId());
        }
    }

    @Operation(summary = "List the municipality's user accounts (administrators)")
    @GetMapping
    PageResult<UserJson> list(CurrentUser me, @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size) {
        AccountsPermissions.require(permissions.canListAccounts(me));
        return PageResult.of(accounts.listAccounts(me.municipalityId()).stream().map(UserJson::of).toList(), page, size);
    }

    @Operation(summary = "One user account (administrators)")
    @GetMapping("/{id}")
    UserJson get(CurrentUser me, @PathVariable long id) {
        AccountsPermissions.require(permissions.canListAccounts(me));
        return UserJson.of(accounts.findAccount(me.municipalityId(), id));
    }
}
