package no.abctracker.training.courses.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompletionRuleTest {

  @ParameterizedTest(name = "{0} gatherings at {1} % need {2}")
  @CsvSource({"5, 80, 4", "5, 81, 5", "3, 80, 3", "4, 75, 3", "1, 100, 1", "10, 1, 1"})
  void requiredSessionsRoundUp(int sessions, int percent, int required) {
    assertThat(new CompletionRule.Attendance(sessions, percent).requiredSessions())
        .isEqualTo(required);
  }

  @Test
  void fourOfFiveGatheringsEarnTheCourseCertificateThreeDoNot() {
    CompletionRule.Attendance kursbevis = new CompletionRule.Attendance(5, 80);

    assertThat(kursbevis.isMetBy(4)).isTrue();
    assertThat(kursbevis.isMetBy(5)).isTrue();
    assertThat(kursbevis.isMetBy(3)).isFalse();
  }

  @Test
  void rejectsImpossibleRules() {
    assertThatThrownBy(() -> new CompletionRule.Attendance(0, 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sessions");
    assertThatThrownBy(() -> new CompletionRule.Attendance(5, 101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumAttendancePercent");
  }

  @Test
  void namesMatchTheProfileVocabulary() {
    assertThat(new CompletionRule.MandatoryModules().name()).isEqualTo("MANDATORY_MODULES");
    assertThat(new CompletionRule.Attendance(5, 80).name()).isEqualTo("ATTENDANCE");
  }
}
