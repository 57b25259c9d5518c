package se.tryggve.security;

/** A logged-in principal (form, Basic or OIDC) that knows its Tryggve user. */
public interface TryggvePrincipal {

    CurrentUser currentUser();
}
