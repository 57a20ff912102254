/**
 * Signing in to the pages and keeping them safe: the login form and its slow-down, personal sign-in
 * links, the session (new id at login, cookie attributes, logout), the door of the signed-in pages
 * ({@code PageGuard}: which role opens which page, deny by default), the CSRF check of every POST
 * ({@code PostGuard}) and the pages' security headers.
 *
 * <p>Out of scope: the accounts, password hashes and links themselves ({@code access}); the REST
 * API's and the LRS's authentication, to whose paths nothing here is mapped.
 */
package no.abctracker.web.signin;
