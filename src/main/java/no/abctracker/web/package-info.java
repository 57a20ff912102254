/**
 * The pages people use: the coordinator workspace under {@code /app/} (Jakarta Faces with
 * PrimeFaces, desktop first, works on a tablet) and the lean staff pages under {@code /min/} (plain
 * Faces components and one small style sheet, phone first), the form login with sessions, personal
 * sign-in links, Bokmål and English texts, Norwegian date and number formats.
 *
 * <p>Owns: sessions and their security (session fixation, cookie attributes, CSRF checks of every
 * POST, which roles may open which page), and turning domain failures into messages on a page. The
 * data of every page comes from the same controls the REST API uses, with the same role, tenancy
 * and {@code Visibility} checks; nothing is filtered in a page only.
 *
 * <p>Out of scope: {@code /api/v1} (HTTP Basic, {@code access.boundary}) and {@code /xapi} (LRS
 * client credentials): no filter of this package is mapped to those paths. Business rules stay in
 * their components (organisation, access, xapi).
 */
package no.abctracker.web;
