/** The REST resources of cohorts, sessions, enrolment, attendance and check-in. */
package no.abctracker.training.cohorts.boundary;
