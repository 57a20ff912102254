package no.abctracker.training.courses.entity;

import java.util.Objects;

/**
 * An activity id a national LMS installation (KS Læring) sends for a course or a module of the
 * catalogue, as the profile lists it ({@code also-known-as}): it counts in every municipality like
 * a municipality's activity mapping, which takes precedence for the same id.
 *
 * @param activityId the LMS's activity id
 * @param courseCode the course
 * @param moduleCode the module, or {@code null} for the course itself
 */
public record NationalMapping(String activityId, String courseCode, String moduleCode) {

  public NationalMapping {
    Objects.requireNonNull(activityId, "activityId");
    Objects.requireNonNull(courseCode, "courseCode");
  }
}
