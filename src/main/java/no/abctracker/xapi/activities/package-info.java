/**
 * The Activities Resource ({@code GET /xapi/activities?activityId=}) and the canonical activity
 * definitions behind it: each municipality's definitions, merged from every statement that
 * describes the activity ({@link no.abctracker.xapi.activities.control.ActivityDefinitions#merge},
 * called by the statement store).
 *
 * <p>Spec: xAPI 2.0 Communication 2.5 Activities Resource; Data 2.4.4.1 (an LRS keeps the canonical
 * definition, updating it from statements).
 *
 * <p>Out of scope: storing statements; the Activity Profile documents ({@code xapi.documents}).
 */
package no.abctracker.xapi.activities;
