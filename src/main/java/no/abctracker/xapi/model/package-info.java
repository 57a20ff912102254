/**
 * Immutable xAPI values and the complete set of statement validation rules, as plain Java on
 * Jakarta JSON-P: versions ({@link no.abctracker.xapi.model.XapiVersion}), statement validation
 * ({@link no.abctracker.xapi.model.StatementValidator}), actor identity ({@link
 * no.abctracker.xapi.model.Actors}), the {@code ids}/{@code canonical} formats, statement
 * comparison, signed statements and timestamps.
 *
 * <p>Covers xAPI 1.0.3 Data 2.2–2.6 and 4, and IEEE 9274.1.1 (xAPI 2.0) 4.2. Out of scope: JPA,
 * CDI, JAX-RS, storage, voiding of stored statements, multipart parsing of attachments (the
 * attachment <em>metadata</em> is validated here).
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md">xAPI 2.0 Data</a>
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/xAPI-1.0.3/xAPI-Data.md">xAPI 1.0.3
 *     Data</a>
 */
package no.abctracker.xapi.model;
