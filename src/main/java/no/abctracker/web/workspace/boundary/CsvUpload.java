package no.abctracker.web.workspace.boundary;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.InvalidLines;
import no.abctracker.problems.InvalidLines.LineError;
import no.abctracker.problems.MessageKey;

/**
 * A CSV file a coordinator uploaded, kept in the view between its preview and its import, with what
 * the last attempt said: the counts (of the preview or of the import) or every bad line.
 *
 * @param <O> the control's outcome (counts) of an import
 */
public class CsvUpload<O extends Serializable> implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest file taken: a roster of 20,000 lines is about 2 MB. */
  static final long MAX_BYTES = 20L * 1024 * 1024;

  private transient Part part;
  private byte[] content;
  private String fileName;
  private List<LineError> errors = List.of();
  private O previewed;
  private O imported;

  public Part getPart() {
    return part;
  }

  /** The file input's value; read at once, since a Part does not outlive its request. */
  public void setPart(Part part) {
    this.part = part;
    if (part == null || part.getSize() == 0) {
      return;
    }
    if (part.getSize() > MAX_BYTES) {
      throw new BadRequest(MessageKey.UPLOAD_TOO_LARGE, MAX_BYTES / 1024 / 1024);
    }
    try (InputStream in = part.getInputStream()) {
      content = in.readAllBytes();
      fileName = part.getSubmittedFileName();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates and counts with {@code preview} (which changes nothing). */
  public void preview(Function<byte[], O> preview) {
    imported = null;
    previewed = null;
    attempt(preview).ifPresent(o -> previewed = o);
  }

  /** Imports the previewed file with {@code apply}; the file is forgotten once imported. */
  public void apply(Function<byte[], O> apply) {
    previewed = null;
    attempt(apply)
        .ifPresent(
            o -> {
              imported = o;
              content = null;
              fileName = null;
            });
  }

  public void clear() {
    content = null;
    fileName = null;
    errors = List.of();
    previewed = null;
    imported = null;
  }

  /** Runs a control on the file; bad lines are the answer a preview exists to give, not a fault. */
  private Optional<O> attempt(Function<byte[], O> control) {
    errors = List.of();
    if (content == null) {
      throw new BadRequest(MessageKey.UPLOAD_MISSING);
    }
    try {
      return Optional.of(control.apply(content));
    } catch (InvalidLines invalid) {
      errors = invalid.errors();
      return Optional.empty();
    }
  }

  public boolean hasFile() {
    return content != null;
  }

  public String getFileName() {
    return fileName;
  }

  public List<LineError> getErrors() {
    return errors;
  }

  public O getPreviewed() {
    return previewed;
  }

  public O getImported() {
    return imported;
  }
}
