package no.abctracker.access.control;

import no.abctracker.problems.Forbidden;

/** A disabled account was to be signed in to: refused like at every other door. */
public class AccountDisabled extends Forbidden {

  private static final long serialVersionUID = 1L;

  public AccountDisabled(String username) {
    super("The account " + username + " is disabled");
  }
}
