package no.abctracker.training.cohorts.control;

/**
 * The public ids of cohorts and sessions are UUIDs in ASCII columns: an id with other characters
 * names nothing, and compared with such a column MariaDB refuses the query ("Illegal mix of
 * collations") instead of finding nothing, so it is answered 404 before any query.
 */
final class PublicIds {

  private PublicIds() {}

  static boolean canExist(String id) {
    return id != null && id.matches("[0-9A-Za-z-]{1,36}");
  }
}
