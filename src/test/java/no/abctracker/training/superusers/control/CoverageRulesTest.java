package no.abctracker.training.superusers.control;

import static no.abctracker.xapi.model.Jsons.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import no.abctracker.training.superusers.control.CoverageRules.RuleLine;
import no.abctracker.training.superusers.control.InvalidRules.RuleError;
import org.junit.jupiter.api.Test;

/** The shape of a rules body: every mistake found at once. */
class CoverageRulesTest {

  static JsonValue json(String text) {
    return JSON.createReader(new StringReader(text)).readValue();
  }

  @Test
  void aGoodBodyGivesTheRulesWithTheDefaultMinimumOfOne() {
    List<RuleError> errors = new ArrayList<>();
    List<RuleLine> lines =
        CoverageRules.read(
            json(
                "{\"rules\":[{\"unitCode\":\"SHJ\",\"technology\":\"GPS\",\"minimumPerShift\":2},"
                    + "{\"unitCode\":\" HJT \",\"technology\":\"EHR\"}]}"),
            errors);
    assertThat(errors).isEmpty();
    assertThat(lines)
        .containsExactly(new RuleLine(0, "SHJ", "GPS", 2), new RuleLine(1, "HJT", "EHR", 1));
  }

  @Test
  void anEmptyListIsAllowedAndRemovesEveryRule() {
    List<RuleError> errors = new ArrayList<>();
    assertThat(CoverageRules.read(json("{\"rules\":[]}"), errors)).isEmpty();
    assertThat(errors).isEmpty();
  }

  @Test
  void everyMistakeIsListedWithItsIndexAndField() {
    List<RuleError> errors = new ArrayList<>();
    CoverageRules.read(
        json(
            "{\"rules\":["
                + "{\"technology\":\"GPS\"},"
                + "{\"unitCode\":\"SHJ\",\"technology\":\"GPS\",\"minimumPerShift\":21},"
                + "{\"unitCode\":\"SHJ\",\"technology\":\"GPS\",\"minimumPerShift\":1.5},"
                + "7,"
                + "{\"unitCode\":\"SHJ\",\"technology\":5,\"minimumPerShift\":\"2\"}]}"),
        errors);
    assertThat(errors)
        .extracting(RuleError::index, RuleError::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, "unitCode"),
            org.assertj.core.groups.Tuple.tuple(1, "minimumPerShift"),
            org.assertj.core.groups.Tuple.tuple(2, "minimumPerShift"),
            org.assertj.core.groups.Tuple.tuple(2, null),
            org.assertj.core.groups.Tuple.tuple(3, null),
            org.assertj.core.groups.Tuple.tuple(4, "technology"),
            org.assertj.core.groups.Tuple.tuple(4, "minimumPerShift"));
    assertThat(errors.get(3).message()).contains("appear in an earlier rule");
  }

  @Test
  void aBodyWithoutARulesArrayIsOneMistake() {
    List<RuleError> errors = new ArrayList<>();
    CoverageRules.read(json("[{\"unitCode\":\"SHJ\"}]"), errors);
    assertThat(errors)
        .extracting(RuleError::message)
        .containsExactly("the body must be {\"rules\": [...]}");
  }

  @Test
  void theProblemListsTheErrors() {
    InvalidRules problem =
        new InvalidRules(List.of(new RuleError(1, "unitCode", "no unit X in 4601")));
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.detail()).contains("nothing was changed: 1 error");
    assertThat(problem.extensions().get("errors").toString())
        .isEqualTo("[{\"index\":1,\"field\":\"unitCode\",\"message\":\"no unit X in 4601\"}]");
  }
}
