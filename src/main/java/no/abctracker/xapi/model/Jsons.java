package no.abctracker.xapi.model;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code jakarta.json.Json.create…} looks the provider
 * up through the class loaders on every call; on the statement hot path that look-up took a third
 * to two thirds of the request threads' time (docs/performance.md), so everything uses this
 * instance.
 */
public final class Jsons {

  public static final JsonProvider JSON = JsonProvider.provider();

  private Jsons() {}
}
