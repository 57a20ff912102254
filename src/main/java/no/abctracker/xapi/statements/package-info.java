/**
 * The xAPI Statement Resource ({@code /xapi/statements}): storing statements (PUT, POST, with
 * attachments over {@code multipart/mixed} and signed statements), the conflict and voiding rules,
 * and retrieval with every query parameter, stable {@code more} paging and {@code
 * X-Experience-API-Consistent-Through}. Tenancy: every row and every query is limited to the
 * caller's municipality.
 *
 * <p>Covers xAPI 1.0.3 Communication 2.1 and Data 2.3–2.6 and xAPI 2.0 (IEEE 9274.1.1) 4.1.6.1 and
 * 4.2.5–4.2.6. Statement validation itself lives in {@code no.abctracker.xapi.model}; the document
 * resources, agents and activities are out of scope here.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#statement-resource">xAPI
 *     2.0 Communication 2.1 Statement Resource</a>
 */
package no.abctracker.xapi.statements;
