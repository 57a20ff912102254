package no.abctracker.training.cohorts.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import no.abctracker.problems.BadRequest;
import no.abctracker.training.organisation.entity.ShiftPattern;
import org.junit.jupiter.api.Test;

class EnrolmentRuleTest {

  static final Set<Long> HOME_CARE_SUBTREE = Set.of(10L, 11L, 12L);

  @Test
  void aUnitRuleMatchesEmploymentsAnywhereInTheSubtree() {
    EnrolmentRule rule = new EnrolmentRule(Optional.of("HJT"), Optional.empty(), Optional.empty());
    assertThat(rule.matches(HOME_CARE_SUBTREE, 12L, ShiftPattern.NIGHT, "7174")).isTrue();
    assertThat(rule.matches(HOME_CARE_SUBTREE, 20L, ShiftPattern.NIGHT, "7174")).isFalse();
  }

  @Test
  void everyCriterionOfTheRuleMustHoldForTheSameEmployment() {
    EnrolmentRule nightsInHomeCare =
        new EnrolmentRule(Optional.of("HJT"), Optional.of(ShiftPattern.NIGHT), Optional.of("7174"));
    assertThat(nightsInHomeCare.matches(HOME_CARE_SUBTREE, 11L, ShiftPattern.NIGHT, "7174"))
        .isTrue();
    assertThat(nightsInHomeCare.matches(HOME_CARE_SUBTREE, 11L, ShiftPattern.DAY, "7174"))
        .isFalse();
    assertThat(nightsInHomeCare.matches(HOME_CARE_SUBTREE, 11L, ShiftPattern.NIGHT, "7076"))
        .isFalse();
    assertThat(nightsInHomeCare.matches(HOME_CARE_SUBTREE, 30L, ShiftPattern.NIGHT, "7174"))
        .isFalse();
  }

  @Test
  void withoutAUnitEveryUnitCounts() {
    EnrolmentRule weekend =
        new EnrolmentRule(Optional.empty(), Optional.of(ShiftPattern.WEEKEND), Optional.empty());
    assertThat(weekend.matches(Set.of(), 99L, ShiftPattern.WEEKEND, "7174")).isTrue();
    assertThat(weekend.matches(Set.of(), 99L, ShiftPattern.DAY, "7174")).isFalse();
    EnrolmentRule nurses =
        new EnrolmentRule(Optional.empty(), Optional.empty(), Optional.of("7076"));
    assertThat(nurses.matches(Set.of(), 1L, ShiftPattern.THREE_SHIFT, "7076")).isTrue();
  }

  @Test
  void anEmptyRuleOrABadPositionCodeIsRefused() {
    assertThatThrownBy(
            () -> new EnrolmentRule(Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("at least one of unitCode, shiftPattern and positionCode");
    assertThatThrownBy(
            () -> new EnrolmentRule(Optional.empty(), Optional.empty(), Optional.of("71a4")))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("positionCode: '71a4' is not a 4-digit KS position code");
  }
}
