/**
 * The Learning Record Store: xAPI 1.0.3 and 2.0.0 (IEEE 9274.1.1) resources under {@code /xapi},
 * chosen per request by {@code X-Experience-API-Version}. Sub-packages: {@code model} (immutable
 * xAPI values and validation rules), {@code statements}, {@code documents}, {@code about}, {@code
 * credentials} (LRS clients and their scopes). Every row is scoped to the calling client's
 * municipality.
 */
package no.abctracker.xapi;
