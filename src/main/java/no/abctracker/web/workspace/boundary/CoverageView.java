package no.abctracker.web.workspace.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import no.abctracker.kernel.Language;
import no.abctracker.training.superusers.control.CoverageActions;
import no.abctracker.training.superusers.control.CoverageMatrix;
import no.abctracker.training.superusers.control.Technologies;

/**
 * The super-user coverage matrix ({@link CoverageMatrix.Result} of {@code SuperUserCoverage#on}) as
 * the include {@code WEB-INF/includes/coverage-matrix.xhtml} shows it: per unit a table of
 * technology × shift, each cell the qualified super-users present against the requirement, and the
 * findings written out. Built by any page that embeds the matrix (the super-user page, later the
 * dashboard), so the include needs no bean of its own.
 */
public record CoverageView(LocalDate asOf, List<UnitTable> units, List<String> findings)
    implements Serializable {

  /** One unit: the shifts it runs and a row per technology. */
  public record UnitTable(String code, String name, List<String> shifts, List<TechnologyRow> rows)
      implements Serializable {}

  /** One technology of a unit (by a rule or only by an appointment) and its cell per shift. */
  public record TechnologyRow(String technology, List<CellView> cells) implements Serializable {}

  /** One shift: how many qualified super-users are there, of how many required, and who. */
  public record CellView(int count, int required, String names) implements Serializable {
    public boolean gap() {
      return count < required;
    }

    /** No rule asks for cover and nobody is appointed: nothing to judge. */
    public boolean none() {
      return required == 0 && count == 0;
    }
  }

  public static CoverageView of(
      CoverageMatrix.Result result, Technologies technologies, Language language) {
    CoverageActions actions = new CoverageActions(technologies);
    return new CoverageView(
        result.asOf(),
        result.units().stream()
            .map(
                u ->
                    new UnitTable(
                        u.unit().code(),
                        u.unit().name(),
                        u.shifts().stream().map(s -> s.label(language)).toList(),
                        u.rows().stream()
                            .map(
                                r ->
                                    new TechnologyRow(
                                        technologies
                                            .find(r.technology())
                                            .map(t -> t.label(language))
                                            .orElse(r.technology()),
                                        r.cells().stream()
                                            .map(
                                                c ->
                                                    new CellView(
                                                        c.count(),
                                                        c.required(),
                                                        c.present().stream()
                                                            .map(CoverageMatrix.Appointee::fullName)
                                                            .collect(Collectors.joining(", "))))
                                            .toList()))
                            .toList()))
            .toList(),
        result.findings().stream().map(f -> actions.text(f, language)).toList());
  }
}
