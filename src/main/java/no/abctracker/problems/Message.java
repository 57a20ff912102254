package no.abctracker.problems;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What went wrong, for a person: a key of the message catalogue ({@link MessageKey}) and the values
 * its text names. The text itself is chosen late, by whoever shows it ({@link Messages}): Bokmål on
 * the pages, English (or Bokmål by {@code Accept-Language}) on the REST API.
 */
public record Message(MessageKey key, List<Object> arguments) implements Serializable {

  public Message {
    arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
  }

  public static Message of(MessageKey key, Object... arguments) {
    return new Message(key, Arrays.asList(arguments));
  }
}
