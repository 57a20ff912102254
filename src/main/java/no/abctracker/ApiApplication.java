package no.abctracker;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import no.abctracker.access.boundary.ApiAuthentication;
import no.abctracker.access.boundary.OidcSettingsResource;
import no.abctracker.access.boundary.PrivacyOfficerLimit;
import no.abctracker.access.boundary.RecordViewLog;
import no.abctracker.access.boundary.RecordViewsResource;
import no.abctracker.access.boundary.RememberedPhonesResource;
import no.abctracker.access.boundary.RoleCheck;
import no.abctracker.access.boundary.UsersResource;
import no.abctracker.certificates.boundary.CertificatesResource;
import no.abctracker.municipalities.boundary.MunicipalitiesResource;
import no.abctracker.privacy.boundary.ErasureResource;
import no.abctracker.privacy.boundary.RetentionResource;
import no.abctracker.privacy.boundary.StaffExportResource;
import no.abctracker.problems.Problems;
import no.abctracker.progress.boundary.ActivityMappingsResource;
import no.abctracker.progress.boundary.PersonProgressResource;
import no.abctracker.progress.boundary.ProgressResource;
import no.abctracker.progress.boundary.RegistrationsResource;
import no.abctracker.progress.boundary.UnmatchedResource;
import no.abctracker.reporting.boundary.CoverageResource;
import no.abctracker.training.cohorts.boundary.CheckInsResource;
import no.abctracker.training.cohorts.boundary.CohortSessionsResource;
import no.abctracker.training.cohorts.boundary.CohortsResource;
import no.abctracker.training.cohorts.boundary.StaffSessionsResource;
import no.abctracker.training.courses.boundary.CoursesResource;
import no.abctracker.training.organisation.boundary.IdentityLinksResource;
import no.abctracker.training.organisation.boundary.IdentityRulesResource;
import no.abctracker.training.organisation.boundary.StaffResource;
import no.abctracker.training.organisation.boundary.UnitsResource;
import no.abctracker.training.superusers.boundary.SuperUserCoverageResource;
import no.abctracker.training.superusers.boundary.SuperUserRulesResource;
import no.abctracker.training.superusers.boundary.SuperUsersResource;
import no.abctracker.training.superusers.boundary.TechnologiesResource;
import no.abctracker.xapi.credentials.boundary.LrsClientsResource;

/**
 * The REST API at {@code /api/v1} for coordinators and integrators; add new API resources here. The
 * LRS is a separate application at {@code /xapi}, so that each has its own authentication and the
 * pages can live beside both.
 */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Problems.properties();
  }

  @Override
  public Set<Class<?>> getClasses() {
    return Problems.withMappers(
        ApiAuthentication.class,
        RoleCheck.class,
        PrivacyOfficerLimit.class,
        RecordViewLog.class,
        RecordViewsResource.class,
        MunicipalitiesResource.class,
        LrsClientsResource.class,
        CoursesResource.class,
        UsersResource.class,
        OidcSettingsResource.class,
        RememberedPhonesResource.class,
        UnitsResource.class,
        StaffResource.class,
        IdentityRulesResource.class,
        IdentityLinksResource.class,
        TechnologiesResource.class,
        SuperUsersResource.class,
        SuperUserRulesResource.class,
        SuperUserCoverageResource.class,
        CertificatesResource.class,
        CohortsResource.class,
        CohortSessionsResource.class,
        CheckInsResource.class,
        StaffSessionsResource.class,
        ProgressResource.class,
        PersonProgressResource.class,
        RegistrationsResource.class,
        ActivityMappingsResource.class,
        UnmatchedResource.class,
        CoverageResource.class,
        StaffExportResource.class,
        ErasureResource.class,
        RetentionResource.class);
  }
}
