package se.tryggve.meetings;

import org.springframework.stereotype.Component;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.UserAccounts;
import se.tryggve.shared.NotFoundException;

/**
 * The person of the member register that a user's account is linked to (set by an administrator).
 * Read from the account on every request rather than from the login session, so that a link set or
 * removed by the administrator takes effect at once.
 */
@Component
class LinkedPerson {

    private final UserAccounts accounts;

    LinkedPerson(UserAccounts accounts) {
        this.accounts = accounts;
    }

    Long of(CurrentUser user) {
        if (user == null) {
            return null;
        }
        try {
            return accounts.findAccount(user.municipalityId(), user.userId()).personId();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
