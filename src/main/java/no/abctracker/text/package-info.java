/**
 * How texts meant for people are ordered: Norwegian collation ({@code Æ, Ø, Å} after {@code Z},
 * case and accents second), for every sorted list on the pages and in the exports. The database's
 * {@code ORDER BY} does not know it (its collation sorts {@code Å} with {@code A}).
 */
package no.abctracker.text;
