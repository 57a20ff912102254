package no.abctracker.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name=value} (or {@code --flag} for true) command-line options with defaults; an unknown
 * name stops the run.
 */
final class Options {

  private final Map<String, String> values = new HashMap<>();

  Options(String[] args, Map<String, String> defaults) {
    values.putAll(defaults);
    Set<String> known = defaults.keySet();
    for (String arg : args) {
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("Options look like --name=value, got: " + arg);
      }
      // A bare --name is a flag set to true (--generate reads better than --generate=true).
      String name = arg.contains("=") ? arg.substring(2, arg.indexOf('=')) : arg.substring(2);
      if (!known.contains(name)) {
        throw new IllegalArgumentException("Unknown option --" + name + "; known: " + known);
      }
      values.put(name, arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "true");
    }
  }

  String text(String name) {
    return values.get(name);
  }

  int integer(String name) {
    return Integer.parseInt(values.get(name));
  }

  long number(String name) {
    return Long.parseLong(values.get(name));
  }

  Duration seconds(String name) {
    return Duration.ofSeconds(Long.parseLong(values.get(name)));
  }

  boolean flag(String name) {
    return Boolean.parseBoolean(values.get(name));
  }

  String describe() {
    StringBuilder out = new StringBuilder();
    values.keySet().stream()
        .sorted()
        .forEach(
            k ->
                out.append(' ')
                    .append(k)
                    .append('=')
                    .append(k.equals("secret") ? "***" : values.get(k)));
    return out.toString().strip();
  }
}
