/**
 * Who may use the REST API: user accounts with a role (system administrator, municipality
 * coordinator, unit leader, staff), password hashing with PBKDF2, HTTP Basic authentication of
 * {@code /api/v1} and the role and municipality checks. The LRS clients' credentials are in {@code
 * xapi.credentials}; both share {@link no.abctracker.access.control.SecretHashing}.
 */
package no.abctracker.access;
