package se.tryggve.security;

import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** An OIDC-logged-in user with its Tryggve account and the roles of that account. */
class TryggveOidcUser extends DefaultOidcUser implements TryggvePrincipal {

    // kept in the login session, which is serialized into the database (Spring Session JDBC)
    private static final long serialVersionUID = 1L;

    private final CurrentUser user;

    TryggveOidcUser(CurrentUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(AccountUserDetails.authorities(user), idToken, userInfo, IdTokenClaimNames.SUB);
        this.user = user;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TryggveOidcUser other && super.equals(o) && user.equals(other.user);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + user.hashCode();
    }

    @Override
    public String toString() {
        // tokens are credentials: print only who it is
        return "TryggveOidcUser[" + user.username() + "]";
    }
}
