package no.abctracker.training.cohorts.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.problems.Forbidden;
import org.junit.jupiter.api.Test;

class CohortAccessTest {

  @Test
  void coordinatorsAndAdministratorsManage() {
    for (Role role : new Role[] {Role.SYSTEM_ADMIN, Role.COORDINATOR}) {
      CohortAccess access = CohortAccess.of(user(role), false, Set.of());
      assertThat(access.level()).isEqualTo(CohortAccess.Level.MANAGE);
      assertThat(access.mayManage()).isTrue();
      assertThat(access.mayFacilitate()).isTrue();
      assertThat(access.seesAllMembers()).isTrue();
    }
  }

  @Test
  void facilitatorsOfAnyRoleFacilitateButDoNotManage() {
    for (Role role : new Role[] {Role.STAFF, Role.UNIT_LEADER}) {
      CohortAccess access = CohortAccess.of(user(role), true, Set.of(1L));
      assertThat(access.level()).isEqualTo(CohortAccess.Level.FACILITATE);
      assertThat(access.seesAllMembers()).isTrue();
      assertThatThrownBy(() -> access.requireManage("Vår 2025"))
          .isInstanceOf(Forbidden.class)
          .hasMessageContaining("Only a coordinator may change the cohort 'Vår 2025'");
      access.requireFacilitate("Vår 2025");
      access.requireRead("Vår 2025");
    }
  }

  @Test
  void unitLeadersReadTheirUnitsMembersOnly() {
    CohortAccess access = CohortAccess.of(user(Role.UNIT_LEADER), false, Set.of(4L, 5L));
    assertThat(access.level()).isEqualTo(CohortAccess.Level.MEMBERS_OF_UNITS);
    assertThat(access.unitIds()).containsExactlyInAnyOrder(4L, 5L);
    assertThat(access.seesAllMembers()).isFalse();
    access.requireRead("Vår 2025");
    assertThatThrownBy(() -> access.requireFacilitate("Vår 2025")).isInstanceOf(Forbidden.class);
  }

  @Test
  void staffWhoDoNotFacilitateHaveNoAccess() {
    CohortAccess access = CohortAccess.of(user(Role.STAFF), false, Set.of());
    assertThat(access.level()).isEqualTo(CohortAccess.Level.NONE);
    assertThatThrownBy(() -> access.requireRead("Vår 2025"))
        .isInstanceOf(Forbidden.class)
        .hasMessageContaining("no access to the cohort 'Vår 2025'");
  }

  private static ApiUser user(Role role) {
    return new ApiUser(7L, "user-" + role, role, 1L, "1234", Set.of(), null);
  }
}
