/**
 * What every page shares: the two languages (Bokmål by default, English) and how the view's locale
 * is chosen, the texts, Norwegian date and number formats, and {@code ProblemHandler}, which turns
 * domain failures into messages on a page or an error page with their status.
 */
package no.abctracker.web.faces;
