package no.abctracker.training.courses.control;

import no.abctracker.problems.Problem;

/** No course in the catalogue has the code asked for: 404. */
public class UnknownCourse extends Problem {

  public UnknownCourse(String code) {
    super(
        404,
        "Course not found",
        "No course has the code '" + code + "'; GET /api/v1/courses lists the course codes.");
  }
}
