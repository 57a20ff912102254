package no.abctracker.configuration;

/** Settings that cannot work; the message names each bad setting and what it expects. */
public class InvalidSetting extends RuntimeException {

  public InvalidSetting(String problems) {
    super("Invalid settings: " + problems);
  }
}
