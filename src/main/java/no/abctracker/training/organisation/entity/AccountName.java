package no.abctracker.training.organisation.entity;

/** What the name of an account under an LMS's homePage is, by an identity rule. */
public enum AccountName {
  /** The employee id of the roster. */
  EMPLOYEE_ID,
  /** The e-mail address of the roster, whatever its case. */
  EMAIL,
  /** The roster's optional {@code username}, whatever its case. */
  USERNAME
}
