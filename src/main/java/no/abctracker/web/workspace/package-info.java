/**
 * The coordinator workspace under {@code /app/}: overview, units tree and units import, roster
 * import with its preview, staff list, person page with sign-in links, users and LRS clients. Each
 * page bean reads and writes through the controls the REST API uses, in the municipality and with
 * the visibility of the signed-in user.
 *
 * <p>Out of scope: the rules behind the data (organisation, access, xAPI credentials); coverage
 * dashboards, cohorts, super-users and reports come with their components.
 */
package no.abctracker.web.workspace;
