package no.abctracker.training.organisation.entity;

/** The xAPI inverse functional identifiers by which statements are mapped to a person. */
public enum IdentityKind {
  /** {@code mailto:} + the lower-cased e-mail. */
  MBOX,
  /** Hex SHA-1 of the {@link #MBOX} value. */
  MBOX_SHA1SUM,
  /** The account name (the employee id) under the municipality's account homePage. */
  ACCOUNT
}
