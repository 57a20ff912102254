/**
 * Immutable values of the catalogue: {@link no.abctracker.training.courses.entity.Course}, its
 * {@link no.abctracker.training.courses.entity.CourseModule}s and {@link
 * no.abctracker.training.courses.entity.CourseVersion}s with their completion rules. No JPA here:
 * the catalogue lives in the profiles, not in the database.
 */
package no.abctracker.training.courses.entity;
