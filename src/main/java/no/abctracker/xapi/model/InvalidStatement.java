package no.abctracker.xapi.model;

import no.abctracker.problems.BadRequest;

/**
 * A statement (or an agent, activity or parameter value) that breaks an xAPI requirement: 400, with
 * a message that names the offending property path, e.g. {@code statements[2].actor.mbox: must be a
 * "mailto:" IRI}.
 */
public class InvalidStatement extends BadRequest {

  private final String path;

  public InvalidStatement(String path, String reason) {
    super(path + ": " + reason);
    this.path = path;
  }

  public InvalidStatement(String path, String reason, Throwable cause) {
    super(path + ": " + reason, cause);
    this.path = path;
  }

  /** The property path that broke the rule, e.g. {@code statements[2].actor.mbox}. */
  public String path() {
    return path;
  }
}
