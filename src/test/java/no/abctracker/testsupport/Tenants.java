package no.abctracker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Makes each test its own municipality and LRS clients, so tests never share data. */
public final class Tenants {

  private Tenants() {}

  /** The header line of the contract's staff CSV. */
  public static final String STAFF_HEADER =
      "employee_id,full_name,email,unit_code,position_code,position_title,employment_percent,"
          + "shift_pattern,employment_kind,start_date,end_date\n";

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

  /** The password every user made by {@link #newUser} has. */
  public static final String USER_PASSWORD = "password-1";

  /**
   * A new user of {@code municipality} with a random name and {@link #USER_PASSWORD}; {@code units}
   * for a unit leader, {@code employeeId} for staff (either may be null).
   */
  public static String newUser(
      Http api, String municipality, String role, List<String> units, String employeeId) {
    String username =
        role.toLowerCase()
            + "-"
            + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    return newUser(api, municipality, username, USER_PASSWORD, role, units, employeeId);
  }

  /** A new user of {@code municipality} with the given name and password; answers the name. */
  public static String newUser(
      Http api,
      String municipality,
      String username,
      String password,
      String role,
      List<String> units,
      String employeeId) {
    StringBuilder body =
        new StringBuilder("{\"username\":\"")
            .append(username)
            .append("\",\"password\":\"")
            .append(password)
            .append("\",\"role\":\"")
            .append(role)
            .append('"');
    if (units != null) {
      body.append(",\"unitCodes\":[\"").append(String.join("\",\"", units)).append("\"]");
    }
    if (employeeId != null) {
      body.append(",\"employeeId\":\"").append(employeeId).append('"');
    }
    HttpResponse<String> created =
        api.asAdmin()
            .post("api/v1/municipalities/" + municipality + "/users", body.append('}').toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return username;
  }

  /** PUTs a CSV ({@code units} or {@code staff}) to {@code municipality} and expects 200. */
  public static void importCsv(Http api, String municipality, String what, String csv) {
    HttpResponse<String> imported =
        api.asAdmin()
            .put(
                "api/v1/municipalities/" + municipality + "/" + what,
                "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
  }

  /** Polls the progress projection's status until nothing is pending, for at most a minute. */
  public static void awaitProjected(Http api, String municipality) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      HttpResponse<String> status =
          api.asAdmin().get("api/v1/municipalities/" + municipality + "/progress/status");
      assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
      if (Http.json(status).asJsonObject().getInt("pending") == 0) {
        return;
      }
      assertThat(System.nanoTime())
          .as("projected within a minute: " + status.body())
          .isLessThan(deadline);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
