/**
 * The data subject's rights: everything ABC Tracker holds about one person (GDPR art. 15 and 20),
 * gathered from each component's own read API, as JSON (machine-readable) and as a PDF in Bokmål;
 * erasure (art. 17), in which each component erases what it owns of the person, orchestrated here
 * in one transaction with a preview and an audit row that keeps nothing of them; and retention, a
 * daily job on one node that erases persons whose last employment ended longer ago than the
 * municipality's period and deletes old statements of actors who are nobody on the roster. Single
 * sign-on is not built here.
 */
package no.abctracker.privacy;
