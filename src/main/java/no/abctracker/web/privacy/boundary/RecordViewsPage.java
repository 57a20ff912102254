package no.abctracker.web.privacy.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.abctracker.access.control.RecordViews;
import no.abctracker.access.entity.Role;
import no.abctracker.privacy.control.Retention;
import no.abctracker.web.faces.Texts;
import no.abctracker.web.signin.boundary.CurrentUser;

/**
 * The log of who viewed whose records, for coordinators and a privacy officer with a coordinator's
 * account: filtered by person and by viewer, the same rows as {@code GET …/record-views}, with a
 * link to the same filter as CSV ({@link RecordViewsDownload}).
 */
@Named
@ViewScoped
public class RecordViewsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many rows the page and its CSV show at most. */
  static final int LIMIT = 1000;

  @Inject CurrentUser me;
  @Inject RecordViews recordViews;
  @Inject Retention retention;

  /** One view as the table shows it. */
  public record Row(String employeeId, String viewedBy, Instant viewedAt, String request)
      implements Serializable {}

  private String employeeId;
  private String viewedBy;
  private List<Row> rows = List.of();
  private String retentionSummary;

  public void load() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.PRIVACY_OFFICER);
    rows =
        recordViews.of(me.municipality().id(), text(employeeId), text(viewedBy), LIMIT).stream()
            .map(v -> new Row(v.employeeId().orElse(""), v.viewedBy(), v.viewedAt(), v.request()))
            .toList();
  }

  static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** The CSV of what the page shows. */
  public String getCsvUrl() {
    StringBuilder url = new StringBuilder("record-views.csv");
    String separator = "?";
    for (String[] p : new String[][] {{"employeeId", employeeId}, {"viewedBy", viewedBy}}) {
      if (text(p[1]).isPresent()) {
        url.append(separator)
            .append(p[0])
            .append('=')
            .append(URLEncoder.encode(p[1].strip(), StandardCharsets.UTF_8));
        separator = "&";
      }
    }
    return url.toString();
  }

  /**
   * What the next retention run will erase, in figures only (the persons' ids are in {@code GET
   * …/retention/preview}): read once per view.
   */
  public String getRetentionSummary() {
    if (retentionSummary == null) {
      Retention.Plan plan = retention.preview(me.municipality());
      retentionSummary =
          Texts.get(
              "recordViews.retention",
              plan.persons().size(),
              plan.endedBefore().toString(),
              plan.retentionYears(),
              plan.unknownActorStatements(),
              plan.unknownActorRetentionDays());
    }
    return retentionSummary;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getEmployeeId() {
    return employeeId;
  }

  public void setEmployeeId(String employeeId) {
    this.employeeId = employeeId;
  }

  public String getViewedBy() {
    return viewedBy;
  }

  public void setViewedBy(String viewedBy) {
    this.viewedBy = viewedBy;
  }
}
