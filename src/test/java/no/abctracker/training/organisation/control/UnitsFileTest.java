package no.abctracker.training.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.abctracker.problems.InvalidLines;
import no.abctracker.problems.InvalidLines.LineError;
import no.abctracker.training.organisation.control.UnitsFile.UnitLine;
import no.abctracker.training.organisation.entity.UnitType;
import org.junit.jupiter.api.Test;

class UnitsFileTest {

  static final String HEADER = "unit_code,name,parent_code,unit_type\n";

  static List<LineError> errorsOf(String csv) {
    InvalidLines invalid =
        catchThrowableOfType(
            InvalidLines.class, () -> UnitsFile.parse(csv.getBytes(StandardCharsets.UTF_8)));
    assertThat(invalid).isNotNull();
    return invalid.errors();
  }

  @Test
  void readsATreeWithParentsAfterChildren() {
    List<UnitLine> units =
        UnitsFile.parse(
            (HEADER
                    + "HS-1,Hjemmetjenesten sone 1,HS,home_care\n"
                    + "HS,Helse og omsorg,,ADMINISTRATION\n"
                    + "TRYGG,Responssenter,HS,RESPONSE_CENTRE\n")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(units).extracting(UnitLine::code).containsExactly("HS-1", "HS", "TRYGG");
    assertThat(units.get(0).type()).isEqualTo(UnitType.HOME_CARE);
    assertThat(units.get(1).parentCode()).isNull();
  }

  @Test
  void readsSemicolons() {
    assertThat(
            UnitsFile.parse(
                (HEADER.replace(',', ';') + "HS;Helse og omsorg;;ADMINISTRATION\n")
                    .getBytes(StandardCharsets.UTF_8)))
        .hasSize(1);
  }

  @Test
  void rejectsUnknownTypeDuplicateAndUnknownParent() {
    List<LineError> errors =
        errorsOf(
            HEADER
                + "HS,Helse og omsorg,,ADMINISTRATION\n"
                + "HS-1,Sone 1,HS,SPACESHIP\n"
                + "HS,Igjen,,ADMINISTRATION\n"
                + "HS-2,Sone 2,,\n");
    assertThat(errors).extracting(LineError::line).containsExactly(3L, 4L, 5L);
    assertThat(errors.get(0).text(Locale.ENGLISH))
        .contains("Unknown unit_type 'SPACESHIP'", "HOME_CARE");
    assertThat(errors.get(1).text(Locale.ENGLISH)).contains("Duplicate unit_code HS", "line 2");
    assertThat(errors.get(2).text(Locale.ENGLISH)).contains("unit_type is empty");

    List<LineError> orphan = errorsOf(HEADER + "HS-1,Sone 1,NOPE,HOME_CARE\n");
    assertThat(orphan.get(0).text(Locale.ENGLISH)).contains("Unknown parent_code NOPE");
  }

  @Test
  void rejectsCycles() {
    List<LineError> errors =
        errorsOf(HEADER + "A,A,B,HOME_CARE\n" + "B,B,A,HOME_CARE\n" + "D,D,,HOME_CARE\n");
    assertThat(errors).extracting(LineError::line).containsExactly(2L, 3L);
    assertThat(errors.get(0).text(Locale.ENGLISH)).contains("cycle", "A → B → A");

    assertThat(errorsOf(HEADER + "C,C,C,HOME_CARE\n").get(0).text(Locale.ENGLISH))
        .contains("its own parent");
  }
}
