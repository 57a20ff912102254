package no.abctracker.progress.entity;

import java.util.Objects;

/**
 * A cohort session as the attendance rule sees it: its activity (what attended statements name),
 * its cohort, the course version the cohort runs and how many sessions the cohort has now.
 */
public record ScheduledSession(
    String activityId, long cohortId, String courseCode, String versionCode, int cohortSessions) {

  public ScheduledSession {
    Objects.requireNonNull(activityId, "activityId");
    Objects.requireNonNull(courseCode, "courseCode");
    Objects.requireNonNull(versionCode, "versionCode");
    if (cohortSessions < 1) {
      throw new IllegalArgumentException("a scheduled session's cohort has at least one session");
    }
  }
}
