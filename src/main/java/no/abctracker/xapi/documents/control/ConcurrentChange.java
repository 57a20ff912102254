package no.abctracker.xapi.documents.control;

import no.abctracker.problems.Conflict;

/** Another request wrote the same document between this request's read and its write. */
public class ConcurrentChange extends Conflict {

  public ConcurrentChange() {
    super("Another request changed this document at the same time; GET it and retry with If-Match");
  }
}
