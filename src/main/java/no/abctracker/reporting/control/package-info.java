/** Loads the employments a report counts and counts them; renders reports for files. */
package no.abctracker.reporting.control;
