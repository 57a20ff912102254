package no.abctracker.web.workspace.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.abctracker.access.entity.Role;
import no.abctracker.web.privacy.boundary.PersonalPage;
import no.abctracker.web.signin.boundary.CurrentUser;
import no.abctracker.xapi.credentials.control.LrsClients;
import no.abctracker.xapi.credentials.entity.LrsClient;
import no.abctracker.xapi.credentials.entity.Scope;
import no.abctracker.xapi.statements.control.ClientStatements;

/**
 * The municipality's LRS clients: create one for an LMS (its key and secret are shown once), rotate
 * a secret, and see the statements a client stored last — the same controls as {@code
 * …/lrs-clients}.
 */
@Named
@ViewScoped
public class LrsClientsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many of a client's statements the page lists. */
  static final int LATEST = 20;

  @Inject CurrentUser me;
  @Inject LrsClients lrsClients;
  @Inject ClientStatements clientStatements;

  /** A client as the table shows it. */
  public record ClientRow(
      String key, String name, String scopes, boolean enabled, Instant createdAt)
      implements Serializable {}

  /** A key and a secret, shown once after creating or rotating. */
  public record Issued(String name, String key, String secret) implements Serializable {}

  private List<ClientRow> clients = List.of();
  private String name;
  private List<String> scopes = new ArrayList<>(List.of(Scope.STATEMENTS_WRITE.wireName()));
  private Issued issued;
  private String shownKey;
  private List<ClientStatements.Summary> statements = List.of();

  public void load() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    clients =
        lrsClients.of(me.municipality()).stream()
            .map(
                c ->
                    new ClientRow(
                        c.apiKey(),
                        c.name(),
                        c.scopes().stream().map(Scope::wireName).collect(Collectors.joining(", ")),
                        c.enabled(),
                        c.createdAt()))
            .toList();
  }

  public void create() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    Set<Scope> chosen = EnumSet.noneOf(Scope.class);
    scopes.forEach(s -> Scope.fromWireName(s).ifPresent(chosen::add));
    LrsClients.Issued created = lrsClients.create(me.municipality(), name, chosen);
    issued = new Issued(created.client().name(), created.client().apiKey(), created.secret());
    name = null;
    load();
  }

  public void rotate(String key) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    LrsClients.Issued rotated = lrsClients.rotateSecret(me.municipality(), key);
    issued = new Issued(rotated.client().name(), rotated.client().apiKey(), rotated.secret());
  }

  /** The client is refused from now on (as {@code …/lrs-clients/{key}/disable}). */
  public void disable(String key) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    lrsClients.disable(me.municipality(), key);
    load();
  }

  public void enable(String key) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    lrsClients.enable(me.municipality(), key);
    load();
  }

  /** The client is gone; its statements stay. */
  public void delete(String key) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    lrsClients.delete(me.municipality(), key);
    if (key.equals(shownKey)) {
      shownKey = null;
      statements = List.of();
    }
    load();
  }

  @PersonalPage
  public void showStatements(String key) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    LrsClient client = lrsClients.get(me.municipality(), key);
    statements = clientStatements.latest(client, LATEST);
    shownKey = client.apiKey();
  }

  public void dismissIssued() {
    issued = null;
  }

  public List<Scope> getAllScopes() {
    return List.of(Scope.values());
  }

  public List<ClientRow> getClients() {
    return clients;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
  }

  public Issued getIssued() {
    return issued;
  }

  public String getShownKey() {
    return shownKey;
  }

  public String getShownName() {
    return clients.stream()
        .filter(c -> c.key().equals(shownKey))
        .map(ClientRow::name)
        .findFirst()
        .orElse("");
  }

  public List<ClientStatements.Summary> getStatements() {
    return statements;
  }
}
