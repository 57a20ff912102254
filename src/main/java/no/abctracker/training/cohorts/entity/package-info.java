/** Cohorts, their sessions, members, attendance and check-in codes as stored. */
package no.abctracker.training.cohorts.entity;
