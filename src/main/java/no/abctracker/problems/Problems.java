package no.abctracker.problems;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The exception mappers every JAX-RS application registers, so that failures look the same, and the
 * one strict reader of JSON bodies ({@link StrictJsonBodies}).
 */
public final class Problems {

  private Problems() {}

  /**
   * The properties every JAX-RS application sets: no WADL (Jersey would answer OPTIONS and {@code
   * application.wadl} with a description of every resource, which nobody here uses).
   */
  public static Map<String, Object> properties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }

  public static Set<Class<?>> withMappers(Class<?>... classes) {
    Set<Class<?>> all = new HashSet<>(Arrays.asList(classes));
    all.add(ProblemMapper.class);
    all.add(WebApplicationExceptionMapper.class);
    all.add(JsonParsingMapper.class);
    all.add(UnexpectedFailureMapper.class);
    all.addAll(StrictJsonBodies.all());
    return all;
  }
}
