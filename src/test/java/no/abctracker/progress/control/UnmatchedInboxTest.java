package no.abctracker.progress.control;

import static org.assertj.core.api.Assertions.assertThat;

import no.abctracker.training.courses.control.CourseCatalogue;
import org.junit.jupiter.api.Test;

/** The inbox's suggestion of a module for an LMS activity, by the names the LMS gives it. */
class UnmatchedInboxTest {

  static UnmatchedInbox inbox() {
    UnmatchedInbox inbox = new UnmatchedInbox();
    inbox.catalogue = CourseCatalogue.fromClasspath();
    return inbox;
  }

  @Test
  void anActivityNamedLikeAModuleSuggestsThatModule() {
    assertThat(inbox().activitySuggestions("Modul A: Lov og etikk"))
        .extracting(s -> s.course() + "/" + s.module())
        .containsExactly("ABC/A");
    assertThat(inbox().activitySuggestions("LAW AND ETHICS (SCORM 1.2)"))
        .extracting(s -> s.course() + "/" + s.module())
        .containsExactly("ABC/A");
  }

  @Test
  void anActivityWithoutANameOrWithAnUnrelatedOneSuggestsNothing() {
    assertThat(inbox().activitySuggestions(null)).isEmpty();
    assertThat(inbox().activitySuggestions("Brannvern 2024")).isEmpty();
    assertThat(inbox().activitySuggestions("a")).isEmpty();
  }

  @Test
  void namesAreComparedWithoutCaseOrPunctuation() {
    assertThat(UnmatchedInbox.normalised("  Modul A: Lov  og etikk! "))
        .isEqualTo("modul a lov og etikk");
  }
}
