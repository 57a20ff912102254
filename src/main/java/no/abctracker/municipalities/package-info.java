/**
 * Municipalities (kommuner), the tenants: every stored statement, document, person and derived row
 * belongs to exactly one. Owns creating and finding municipalities; out of scope: what lives inside
 * them (units and staff are in {@code training}).
 */
package no.abctracker.municipalities;
