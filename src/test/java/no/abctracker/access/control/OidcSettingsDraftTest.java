package no.abctracker.access.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import no.abctracker.access.entity.OidcSettings.MatchField;
import no.abctracker.access.entity.Role;
import no.abctracker.problems.BadRequest;
import org.junit.jupiter.api.Test;

class OidcSettingsDraftTest {

  static final String ENTRA =
      "{\"issuer\":\"https://login.microsoftonline.com/tenant/v2.0\",\"clientId\":\"abc\","
          + "\"clientSecret\":\"s3cret\",\"subjectClaim\":\"email\",\"matchField\":\"email\","
          + "\"groupClaim\":\"groups\",\"groupRoles\":{\"g-1\":\"COORDINATOR\"}}";

  @Test
  void anEntraIdSettingIsRead() {
    OidcSettingsDraft draft = OidcSettingsDraft.fromJson(json(ENTRA), "Eksempel kommune");
    assertThat(draft.matchField()).isEqualTo(MatchField.EMAIL);
    assertThat(draft.groupRoles()).containsEntry("g-1", Role.COORDINATOR);
    assertThat(draft.displayName()).isEqualTo("Eksempel kommune");
    assertThat(draft.enabled()).isTrue();
  }

  @Test
  void withoutASecretTheStoredOneIsKept() {
    OidcSettingsDraft draft =
        OidcSettingsDraft.fromJson(json(ENTRA.replace("\"clientSecret\":\"s3cret\",", "")), "K");
    assertThat(draft.clientSecret()).isNull();
  }

  @Test
  void eachBadFieldIsNamed() {
    assertBad(ENTRA.replace("https://login", "ftp://login"), "issuer");
    assertBad(ENTRA.replace("\"clientId\":\"abc\"", "\"clientId\":\"\""), "clientId");
    assertBad(
        ENTRA.replace("\"email\",\"matchField\"", "\"e mail\",\"matchField\""), "subjectClaim");
    assertBad(ENTRA.replace("\"matchField\":\"email\"", "\"matchField\":\"phone\""), "matchField");
    assertBad(ENTRA.replace("\"COORDINATOR\"", "\"UNIT_LEADER\""), "groupRoles");
    assertBad(ENTRA.replace("\"COORDINATOR\"", "\"SYSTEM_ADMIN\""), "groupRoles");
    assertBad(ENTRA.replace("\"COORDINATOR\"", "7"), "groupRoles");
    assertBad(ENTRA.replace("\"groupClaim\":\"groups\",", ""), "groupRoles");
    assertBad(ENTRA.replace("\"clientId\":\"abc\"", "\"clientId\":5"), "clientId");
  }

  private static void assertBad(String body, String field) {
    assertThatThrownBy(() -> OidcSettingsDraft.fromJson(json(body), "K"))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining(field);
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
