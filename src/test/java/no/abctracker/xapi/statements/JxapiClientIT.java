package no.abctracker.xapi.statements;

import static org.assertj.core.api.Assertions.assertThat;

import gov.adlnet.xapi.client.StatementClient;
import gov.adlnet.xapi.model.Activity;
import gov.adlnet.xapi.model.Agent;
import gov.adlnet.xapi.model.Statement;
import gov.adlnet.xapi.model.StatementReference;
import gov.adlnet.xapi.model.StatementResult;
import gov.adlnet.xapi.model.Verb;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.Http;
import no.abctracker.testsupport.Tenants;
import no.abctracker.testsupport.Tenants.LrsCredentials;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ADL's own Java client (jxapi, xAPI 1.0.3) against the LRS: post, batch, get, query, void. */
@ExtendWith(ArquillianExtension.class)
class JxapiClientIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return AppDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void adlClientPostsBatchesQueriesAndVoids() throws Exception {
    Http api = Http.at(base);
    LrsCredentials credentials = Tenants.newLrsClient(api, Tenants.newMunicipality(api), "all");
    String endpoint = new URL(base, "xapi/").toString();
    StatementClient client = new StatementClient(endpoint, credentials.key(), credentials.secret());

    String mbox = "mailto:" + UUID.randomUUID() + "@example.no";
    Agent kari = new Agent("Kari Nordmann", mbox);
    Verb completed = new Verb("http://adlnet.gov/expapi/verbs/completed");
    String module = "http://example.no/abc/" + UUID.randomUUID();

    String single = client.postStatement(new Statement(kari, completed, new Activity(module)));
    assertThat(single).hasSize(36);

    ArrayList<Statement> batch = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      batch.add(new Statement(kari, completed, new Activity(module + "/" + i)));
    }
    List<String> ids = client.postStatements(batch);
    assertThat(ids).hasSize(3);

    Statement fetched = client.getStatement(single);
    assertThat(fetched.getId()).isEqualTo(single);
    assertThat(fetched.getStored()).isNotBlank();

    StatementResult byAgent =
        new StatementClient(endpoint, credentials.key(), credentials.secret())
            .filterByActor(kari)
            .filterByVerb(completed)
            .limitResults(10)
            .getStatements();
    assertThat(byAgent.getStatements()).extracting(Statement::getId).contains(single).hasSize(4);

    Statement voiding =
        new Statement(
            kari,
            new Verb("http://adlnet.gov/expapi/verbs/voided"),
            new StatementReference(single));
    client.postStatement(voiding);
    assertThat(client.getVoided(single).getId()).isEqualTo(single);
    StatementResult afterVoiding =
        new StatementClient(endpoint, credentials.key(), credentials.secret())
            .filterByActivity(module)
            .getStatements();
    assertThat(afterVoiding.getStatements()).extracting(Statement::getId).doesNotContain(single);
  }
}
