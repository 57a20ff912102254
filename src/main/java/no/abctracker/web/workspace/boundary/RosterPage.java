package no.abctracker.web.workspace.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.abctracker.access.entity.Role;
import no.abctracker.training.organisation.control.RosterFile;
import no.abctracker.training.organisation.control.RosterImport;
import no.abctracker.web.signin.boundary.CurrentUser;

/**
 * The staff roster upload: first a preview (the file validated, every bad line listed with its
 * number, or the counts an import would give; nothing saved), then the import of the same file.
 */
@Named
@ViewScoped
public class RosterPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser me;
  @Inject RosterImport rosterImport;

  private final CsvUpload<RosterImport.Outcome> upload = new CsvUpload<>();

  public void load() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
  }

  public void preview() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    upload.preview(csv -> rosterImport.preview(me.municipality(), csv));
  }

  public void importFile() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    upload.apply(csv -> rosterImport.replace(me.municipality(), csv));
  }

  public void cancel() {
    upload.clear();
  }

  public CsvUpload<RosterImport.Outcome> getUpload() {
    return upload;
  }

  /** The header line a roster file starts with. */
  public String getHeader() {
    return String.join(",", RosterFile.COLUMNS);
  }
}
