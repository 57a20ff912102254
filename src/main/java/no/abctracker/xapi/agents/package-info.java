/**
 * The Agents Resource ({@code GET /xapi/agents?agent=}): the Person object of an agent. This LRS
 * does not link agents across identifiers, so the Person carries the identifiers and name of the
 * given agent.
 *
 * <p>Spec: xAPI 2.0 Communication 2.4 Agents Resource. Out of scope: the Agent Profile documents
 * ({@code xapi.documents}).
 */
package no.abctracker.xapi.agents;
