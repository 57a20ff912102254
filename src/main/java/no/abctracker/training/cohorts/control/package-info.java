/**
 * The cohort rules: who may see and change a cohort ({@link
 * no.abctracker.training.cohorts.control.CohortAccess}), session scheduling in Europe/Oslo time,
 * enrolment rules, attendance with its xAPI statement, check-in codes and the guessing limit.
 */
package no.abctracker.training.cohorts.control;
