/**
 * Super-users (superbrukere): colleagues appointed for a unit and a welfare technology who train
 * others and are first-line support. Owns the list of technologies (data, from {@code
 * superusers/technologies.json} and the catalogue's super-user courses), appointments (from a date,
 * optionally to a date, written to the LRS as the profile's "super-user appointed" statement), the
 * prerequisites that make an appointment qualified (the ABC course and the technology's courses
 * with their own prerequisites, completed by the date), the coverage rules per unit and technology,
 * and the coverage matrix unit × technology × shift with its gaps and the actions that close them.
 *
 * <p>Completions are read from the progress projection ({@code course_completion}, through {@code
 * certificates.control.CourseCompletions}); units, staff and shift patterns from {@code
 * training.organisation}. Out of scope: training coverage figures ({@code reporting}), certificates
 * ({@code certificates}), the pages ({@code web}).
 */
package no.abctracker.training.superusers;
