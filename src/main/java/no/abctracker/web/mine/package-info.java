/**
 * The staff member's own pages under {@code /min/}, for a phone: lean (plain Faces components, one
 * small style sheet, no script), and reading only the staff member's own record.
 *
 * <p>Out of scope: progress, check-in and certificates until their APIs exist.
 */
package no.abctracker.web.mine;
