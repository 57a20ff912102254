/**
 * Course certificates (kursbevis) for the pages: the PDF download behind the session of the staff
 * page and of the workspace, issued by the certificates component's controls with the same checks
 * as the REST API. Verification ({@code /verify}) stays in the certificates component.
 */
package no.abctracker.web.certificates;
