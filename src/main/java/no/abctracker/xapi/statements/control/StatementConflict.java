package no.abctracker.xapi.statements.control;

import no.abctracker.problems.Problem;

/**
 * A statement whose id is already stored (in this municipality) with different content: 409, the
 * stored one stays as it is.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#211-put-statements">xAPI
 *     2.0 Communication 2.1.1 PUT Statements</a>
 */
public class StatementConflict extends Problem {

  public StatementConflict(String statementId) {
    super(
        409,
        "Conflict",
        "statement "
            + statementId
            + " is already stored with different content; statements are immutable, send a new id");
  }
}
