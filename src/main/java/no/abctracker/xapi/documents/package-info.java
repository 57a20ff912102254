/**
 * The xAPI document resources: State ({@code /xapi/activities/state}), Activity Profile ({@code
 * /xapi/activities/profile}) and Agent Profile ({@code /xapi/agents/profile}). Documents of any
 * content type are kept byte-exact; POST merges two JSON objects; writes are guarded by SHA-1 ETags
 * ({@code If-Match} / {@code If-None-Match}) with the rules of the request's xAPI version. Every
 * document belongs to the calling LRS client's municipality and is invisible to others.
 *
 * <p>Spec: xAPI 2.0 Communication 2.2 Document Resources, 2.3 State, 2.6 Agent Profile, 2.7
 * Activity Profile, 3.1 Concurrency (and the 1.0.3 sections of the same numbers).
 *
 * <p>Out of scope: the Activities and Agents resources ({@code xapi.activities}, {@code
 * xapi.agents}), statements, the alternate request syntax.
 */
package no.abctracker.xapi.documents;
