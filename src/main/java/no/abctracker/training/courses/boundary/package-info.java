/** {@code GET /api/v1/courses} and {@code GET /api/v1/courses/{code}}: the catalogue as JSON. */
package no.abctracker.training.courses.boundary;
