package no.abctracker.xapi.documents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.function.Supplier;
import no.abctracker.problems.PreconditionFailed;
import no.abctracker.xapi.documents.control.DocumentTable.DocumentIds;
import no.abctracker.xapi.documents.entity.DocumentContent;
import no.abctracker.xapi.documents.entity.DocumentScope;
import no.abctracker.xapi.documents.entity.StoredDocument;
import no.abctracker.xapi.model.XapiVersion;

/**
 * The document operations of the three document resources. A write that lost a race to another
 * write of the same document is retried when it was unconditional (e.g. two merging POSTs both
 * land), and fails with 412 when it named an ETag or {@code If-None-Match} that no longer holds.
 */
@ApplicationScoped
public class Documents {

  static final int ATTEMPTS = 8;

  @Inject DocumentTable table;

  public StoredDocument get(DocumentScope scope, String documentId) {
    return table.get(scope, documentId);
  }

  public DocumentIds ids(DocumentScope scope, OffsetDateTime since) {
    return table.ids(scope, since);
  }

  public StoredDocument put(
      DocumentScope scope,
      String documentId,
      DocumentContent content,
      Preconditions preconditions,
      XapiVersion version) {
    return retried(
        preconditions, () -> table.put(scope, documentId, content, preconditions, version));
  }

  public StoredDocument post(
      DocumentScope scope,
      String documentId,
      DocumentContent posted,
      Preconditions preconditions,
      XapiVersion version) {
    return retried(
        preconditions, () -> table.post(scope, documentId, posted, preconditions, version));
  }

  public void delete(
      DocumentScope scope, String documentId, Preconditions preconditions, XapiVersion version) {
    retried(
        preconditions,
        () -> {
          table.delete(scope, documentId, preconditions, version);
          return null;
        });
  }

  public int deleteAll(DocumentScope scope) {
    return table.deleteAll(scope);
  }

  static <T> T retried(Preconditions preconditions, Supplier<T> write) {
    for (int attempt = 1; ; attempt++) {
      try {
        return write.get();
      } catch (ConcurrentChange e) {
        if (!preconditions.equals(Preconditions.none())) {
          throw new PreconditionFailed(
              "The document changed while this request was being handled, so its If-Match /"
                  + " If-None-Match no longer holds; nothing was changed");
        }
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
