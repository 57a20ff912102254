/** The reports over HTTP: coverage, trend and the people behind the figures. */
package no.abctracker.reporting.boundary;
