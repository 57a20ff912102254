/**
 * Personal data on the pages: the log of who viewed whose records for page views ({@link
 * no.abctracker.web.privacy.boundary.PersonalPage}), shared with the REST API's {@code
 * no.abctracker.access.control.RecordViews}.
 */
package no.abctracker.web.privacy;
