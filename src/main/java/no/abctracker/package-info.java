/**
 * ABC Tracker: a Learning Record Store (xAPI 1.0.3 and 2.0) and the training-coverage product built
 * on it for Norwegian municipalities. One package per business component, each with boundary /
 * control / entity inside.
 */
package no.abctracker;
