package se.tryggve.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed logins so that repeated guessing locks the account for a while. */
@Component
class LoginEvents {

    private final UserAccounts accounts;

    LoginEvents(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        if (name instanceof String username && !username.isBlank()) {
            accounts.recordFailedLogin(username);
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountUserDetails details) {
            accounts.recordSuccessfulLogin(details.getUsername());
        }
    }
}
