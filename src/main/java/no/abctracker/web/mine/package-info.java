/**
 * The staff member's own pages under {@code /min/}, for a phone: lean (plain Faces components, one
 * small style sheet, no script), and reading only the staff member's own record: units and
 * positions, progress in the courses with the next module, the next group session, check-in with a
 * session's code ({@code /min/checkin.xhtml?code=…}, the address of the facilitator's QR code;
 * {@code /checkin?code=} of the REST API leads there too), certificates and super-user roles.
 *
 * <p>Out of scope: the rules of check-in, progress and qualification (cohorts, progress and
 * superusers components); the certificate PDF itself ({@code web.certificates}).
 */
package no.abctracker.web.mine;
