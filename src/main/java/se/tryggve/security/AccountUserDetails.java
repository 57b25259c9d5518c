package se.tryggve.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Form and HTTP Basic login principal. It is kept in the login session, and sessions are stored in the
 * database (Spring Session JDBC, shared by several instances), so it is serializable and lets Spring Security
 * erase the password hash after the login ({@link CredentialsContainer}): no hash lands in spring_session.
 */
class AccountUserDetails implements UserDetails, TryggvePrincipal, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;

    AccountUserDetails(UserAccount account, boolean locked) {
        this.user = account.toCurrentUser();
        this.passwordHash = account.passwordHash == null ? "" : account.passwordHash;
        this.enabled = account.enabled && account.passwordHash != null;
        this.locked = locked;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(user);
    }

    static List<GrantedAuthority> authorities(CurrentUser user) {
        return user.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = "";
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        // never print the hash
        return "AccountUserDetails[" + user.username() + "]";
    }
}
