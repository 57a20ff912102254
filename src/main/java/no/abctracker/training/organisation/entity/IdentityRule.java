package no.abctracker.training.organisation.entity;

import java.util.Objects;

/**
 * An account under {@code homePage} names the staff member whose {@code accountName} field equals
 * its name.
 */
public record IdentityRule(String homePage, AccountName accountName) {

  public IdentityRule {
    Objects.requireNonNull(homePage, "homePage");
    Objects.requireNonNull(accountName, "accountName");
  }
}
