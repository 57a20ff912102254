package no.abctracker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

/** Makes each test its own municipality and LRS clients, so tests never share data. */
public final class Tenants {

  private Tenants() {}

  /** A new municipality with a random unused code; returns its code. */
  public static String newMunicipality(Http api) {
    for (int attempt = 0; attempt < 50; attempt++) {
      String code = String.format("%04d", ThreadLocalRandom.current().nextInt(1000, 9999));
      HttpResponse<String> created =
          api.asAdmin()
              .post(
                  "api/v1/municipalities",
                  "{\"code\":\"" + code + "\",\"name\":\"Testkommune " + code + "\"}");
      if (created.statusCode() == 201) {
        return code;
      }
      assertThat(created.statusCode()).as(created.body()).isEqualTo(409);
    }
    throw new IllegalStateException("No free municipality code found");
  }

  /** A new LRS client of {@code municipality} with the given xAPI scopes. */
  public static LrsCredentials newLrsClient(Http api, String municipality, String... scopes) {
    StringBuilder list = new StringBuilder("[");
    for (int i = 0; i < scopes.length; i++) {
      list.append(i == 0 ? "" : ",").append('"').append(scopes[i]).append('"');
    }
    HttpResponse<String> created =
        api.asAdmin()
            .post(
                "api/v1/municipalities/" + municipality + "/lrs-clients",
                "{\"name\":\"Test LMS\",\"scopes\":" + list + "]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject client = Http.json(created).asJsonObject();
    return new LrsCredentials(client.getString("key"), client.getString("secret"));
  }

  public record LrsCredentials(String key, String secret) {}
}
