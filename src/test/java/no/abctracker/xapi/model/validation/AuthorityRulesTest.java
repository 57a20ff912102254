package no.abctracker.xapi.model.validation;

import jakarta.json.JsonObject;
import java.util.stream.Stream;
import no.abctracker.xapi.model.XapiVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link AuthorityRules} against the fixtures in {@code xapi/statements/authority/}. */
class AuthorityRulesTest {

  static Stream<Arguments> fixtures() {
    return StatementFixtures.area("authority");
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("fixtures")
  void fixture(String name, XapiVersion version, JsonObject fixture) {
    StatementFixtures.check(version, fixture);
  }
}
