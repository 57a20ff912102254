/** The reports as values: figures, rows, trend points, people; what exports render. */
package no.abctracker.reporting.entity;
