package no.abctracker.web.signin.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import org.junit.jupiter.api.Test;

class SignedInTest {

  final ApiUser coordinator = new ApiUser(1, "koord", Role.COORDINATOR, 7L, "4601");
  final ApiUser leader = new ApiUser(2, "leder", Role.UNIT_LEADER, 7L, "4601", Set.of("HJT"), null);
  final ApiUser staff = new ApiUser(3, "ola", Role.STAFF, 7L, "4601", Set.of(), "1001");

  @Test
  void landsOnThePageAskedForWhenTheRoleMayOpenIt() {
    assertThat(SignedIn.landing(coordinator, "/app/staff.xhtml")).isEqualTo("/app/staff.xhtml");
    assertThat(SignedIn.landing(leader, "/app/person.xhtml?id=1001"))
        .isEqualTo("/app/person.xhtml?id=1001");
    assertThat(SignedIn.landing(leader, "/app/roster.xhtml")).isEqualTo("/app/index.xhtml");
    assertThat(SignedIn.landing(staff, "/app/staff.xhtml")).isEqualTo("/min/index.xhtml");
  }

  @Test
  void neverLeavesTheApplication() {
    for (String next :
        new String[] {
          "https://evil.example/app/",
          "//evil.example/app/index.xhtml",
          "/app/../../evil",
          "/app//evil.example",
          "javascript:alert(1)",
          "/api/v1/municipalities",
          "/app/index.xhtml\r\nLocation: https://evil.example",
          ""
        }) {
      assertThat(SignedIn.landing(coordinator, next)).as(next).isEqualTo("/app/index.xhtml");
    }
    assertThat(SignedIn.landing(coordinator, null)).isEqualTo("/app/index.xhtml");
  }

  @Test
  void pagesAreDeniedUnlessListed() {
    assertThat(Page.of("/app/")).hasValue(Page.OVERVIEW);
    assertThat(Page.of("/app/secret.xhtml")).isEmpty();
    assertThat(Page.ROSTER.allows(Role.UNIT_LEADER)).isFalse();
    assertThat(Page.MINE.allows(Role.COORDINATOR)).isFalse();
    assertThat(Page.navigationOf(Role.UNIT_LEADER))
        .containsExactly(
            Page.OVERVIEW, Page.UNITS, Page.STAFF_LIST, Page.COHORTS, Page.SUPER_USERS);
    assertThat(Page.CHECK_IN.allows(Role.STAFF)).isTrue();
    assertThat(Page.CHECK_IN.allows(Role.COORDINATOR)).isFalse();
    assertThat(Page.MY_CERTIFICATE.allows(Role.UNIT_LEADER)).isFalse();
    assertThat(Page.PERSON_CERTIFICATE.allows(Role.STAFF)).isFalse();
    assertThat(Page.navigationOf(Role.SYSTEM_ADMIN)).contains(Page.MUNICIPALITY);
  }
}
