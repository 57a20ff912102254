/**
 * The data subject's rights (GDPR art. 15 and 20): everything ABC Tracker holds about one person,
 * gathered from each component's own read API, as JSON (machine-readable) and as a PDF in Bokmål.
 * Erasure (art. 17), retention and single sign-on are not built here yet.
 */
package no.abctracker.privacy;
