package no.abctracker.xapi.documents.control;

import static no.abctracker.xapi.documents.entity.DocumentKind.ACTIVITY_PROFILE;
import static no.abctracker.xapi.documents.entity.DocumentKind.AGENT_PROFILE;
import static no.abctracker.xapi.documents.entity.DocumentKind.STATE;
import static no.abctracker.xapi.model.XapiVersion.V1_0_3;
import static no.abctracker.xapi.model.XapiVersion.V2_0_0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.Conflict;
import no.abctracker.problems.PreconditionFailed;
import no.abctracker.problems.PreconditionRequired;
import no.abctracker.problems.Problem;
import no.abctracker.xapi.documents.control.Preconditions.Write;
import no.abctracker.xapi.documents.entity.DocumentKind;
import no.abctracker.xapi.model.XapiVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PreconditionsTest {

  static final String ETAG = "2d021c30467f8a663cbd09eb672c85a6c484355a";
  static final Optional<String> STORED = Optional.of(ETAG);
  static final Optional<String> NOTHING = Optional.empty();

  @ParameterizedTest
  @EnumSource(Write.class)
  void ifMatchWithTheCurrentEtagPasses(Write write) {
    for (XapiVersion version : XapiVersion.values()) {
      for (DocumentKind kind : DocumentKind.values()) {
        assertPasses(new Preconditions("\"" + ETAG + "\"", null), write, kind, version, STORED);
        assertPasses(new Preconditions("W/\"" + ETAG + "\"", null), write, kind, version, STORED);
        assertPasses(
            new Preconditions("\"x\", \"" + ETAG + "\"", null), write, kind, version, STORED);
        assertPasses(new Preconditions("*", null), write, kind, version, STORED);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Write.class)
  void ifMatchWithAnotherEtagFails412(Write write) {
    assertThatThrownBy(
            () -> new Preconditions("\"1234\"", null).check(write, STATE, V2_0_0, STORED))
        .isInstanceOf(PreconditionFailed.class)
        .hasMessageContaining(ETAG);
  }

  @ParameterizedTest
  @EnumSource(Write.class)
  void ifMatchWhenNothingIsStoredFails412(Write write) {
    assertThatThrownBy(
            () -> new Preconditions("*", null).check(write, ACTIVITY_PROFILE, V1_0_3, NOTHING))
        .isInstanceOf(PreconditionFailed.class);
  }

  @Test
  void ifNoneMatchStarCreatesButNeverOverwrites() {
    Preconditions create = new Preconditions(null, "*");
    assertPasses(create, Write.PUT, AGENT_PROFILE, V2_0_0, NOTHING);
    assertThatThrownBy(() -> create.check(Write.PUT, AGENT_PROFILE, V2_0_0, STORED))
        .isInstanceOf(PreconditionFailed.class);
    assertThatThrownBy(() -> create.check(Write.POST, STATE, V1_0_3, STORED))
        .isInstanceOf(PreconditionFailed.class);
  }

  @Test
  void ifNoneMatchWithAnOldEtagPasses() {
    assertPasses(new Preconditions(null, "\"old\""), Write.PUT, STATE, V2_0_0, STORED);
    assertThatThrownBy(
            () ->
                new Preconditions(null, "\"" + ETAG + "\"").check(Write.PUT, STATE, V2_0_0, STORED))
        .isInstanceOf(PreconditionFailed.class);
  }

  @Test
  void unconditionalPutOverAnExistingDocumentIs409ExceptStateIn103() {
    for (DocumentKind kind : DocumentKind.values()) {
      assertThatThrownBy(() -> Preconditions.none().check(Write.PUT, kind, V2_0_0, STORED))
          .isInstanceOf(Conflict.class)
          .hasMessageContaining("If-Match");
    }
    assertThatThrownBy(
            () -> Preconditions.none().check(Write.PUT, ACTIVITY_PROFILE, V1_0_3, STORED))
        .isInstanceOf(Conflict.class);
    assertThatThrownBy(() -> Preconditions.none().check(Write.PUT, AGENT_PROFILE, V1_0_3, STORED))
        .isInstanceOf(Conflict.class);
    assertPasses(Preconditions.none(), Write.PUT, STATE, V1_0_3, STORED);
  }

  @Test
  void unconditionalPutCreatingAProfileNeedsAPreconditionPerVersion() {
    assertThatThrownBy(() -> Preconditions.none().check(Write.PUT, AGENT_PROFILE, V2_0_0, NOTHING))
        .isInstanceOf(PreconditionRequired.class)
        .extracting(e -> ((Problem) e).status())
        .isEqualTo(428);
    assertThatThrownBy(
            () -> Preconditions.none().check(Write.PUT, ACTIVITY_PROFILE, V1_0_3, NOTHING))
        .isExactlyInstanceOf(BadRequest.class);
  }

  @Test
  void unconditionalPutCreatingStateIsFineInBothVersions() {
    assertPasses(Preconditions.none(), Write.PUT, STATE, V2_0_0, NOTHING);
    assertPasses(Preconditions.none(), Write.PUT, STATE, V1_0_3, NOTHING);
  }

  @ParameterizedTest
  @EnumSource(
      value = Write.class,
      names = {"POST", "DELETE"})
  void postAndDeleteNeedNoPrecondition(Write write) {
    for (XapiVersion version : XapiVersion.values()) {
      for (DocumentKind kind : DocumentKind.values()) {
        assertPasses(Preconditions.none(), write, kind, version, STORED);
        assertPasses(Preconditions.none(), write, kind, version, NOTHING);
      }
    }
  }

  @Test
  void blankHeadersCountAsAbsent() {
    assertThat(new Preconditions(" ", "")).isEqualTo(Preconditions.none());
  }

  private static void assertPasses(
      Preconditions p, Write write, DocumentKind kind, XapiVersion version, Optional<String> etag) {
    assertThatCode(() -> p.check(write, kind, version, etag))
        .as("%s %s %s %s %s", p, write, kind, version, etag)
        .doesNotThrowAnyException();
  }
}
