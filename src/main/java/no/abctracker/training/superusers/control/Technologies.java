package no.abctracker.training.superusers.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.abctracker.problems.BadRequest;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.superusers.entity.Technology;

/**
 * The welfare technologies super-users are appointed for: the list in {@code
 * superusers/technologies.json} (codes with Bokmål and English names), then any other technology a
 * catalogue course names, so a super-user course added to the profiles brings its technology along.
 */
@ApplicationScoped
public class Technologies {

  static final String RESOURCE = "superusers/technologies.json";

  @Inject CourseCatalogue catalogue;

  private List<Technology> all = List.of();
  private Map<String, Technology> byCode = Map.of();
  private Map<String, List<String>> courses = Map.of();

  /** For CDI; {@link #load()} fills it. */
  public Technologies() {}

  private Technologies(List<Technology> technologies, List<Course> catalogue) {
    index(technologies, catalogue);
  }

  /** The technologies of a list (the resource file's shape) and of the catalogue's courses. */
  public static Technologies of(InputStream list, List<Course> courses) {
    List<Technology> technologies = new ArrayList<>(parse(list));
    for (Course course : courses) {
      course
          .technology()
          .filter(code -> technologies.stream().noneMatch(t -> t.code().equals(code)))
          .ifPresent(code -> technologies.add(Technology.named(code)));
    }
    return new Technologies(technologies, courses);
  }

  @PostConstruct
  void load() {
    try (InputStream list = Technologies.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (list == null) {
        throw new IllegalStateException("The technology list " + RESOURCE + " is missing");
      }
      index(of(list, catalogue.courses()).all, catalogue.courses());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void index(List<Technology> technologies, List<Course> catalogue) {
    Map<String, List<String>> about = new LinkedHashMap<>();
    for (Course course : catalogue) {
      course
          .technology()
          .ifPresent(t -> about.computeIfAbsent(t, k -> new ArrayList<>()).add(course.code()));
    }
    this.courses = Map.copyOf(about);
    Map<String, Technology> codes = new LinkedHashMap<>();
    for (Technology technology : technologies) {
      if (codes.putIfAbsent(technology.code(), technology) != null) {
        throw new IllegalStateException(
            "The technology " + technology.code() + " is listed twice in " + RESOURCE);
      }
    }
    this.byCode = Map.copyOf(codes);
    this.all = List.copyOf(codes.values());
  }

  /** Every technology, the listed ones first in list order. */
  public List<Technology> all() {
    return all;
  }

  public Optional<Technology> find(String code) {
    return Optional.ofNullable(code).map(byCode::get);
  }

  /**
   * @throws BadRequest when no technology has this code
   */
  public Technology get(String code) {
    return find(code)
        .orElseThrow(
            () ->
                new BadRequest(
                    "technology: unknown technology '"
                        + code
                        + "'; one of "
                        + all.stream().map(Technology::code).toList()));
  }

  /** The codes of the catalogue courses about a technology, in catalogue order. */
  public List<String> coursesAbout(String code) {
    return courses.getOrDefault(code, List.of());
  }

  /** The technology's place in {@link #all()}, for ordering rows. */
  public int position(String code) {
    int index = all.indexOf(byCode.get(code));
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  static List<Technology> parse(InputStream list) {
    JsonArray array;
    try (JsonReader reader = JSON.createReader(list)) {
      array = reader.readArray();
    } catch (JsonException | ClassCastException e) {
      throw new IllegalStateException(RESOURCE + " is not a JSON array: " + e.getMessage(), e);
    }
    List<Technology> technologies = new ArrayList<>();
    for (JsonValue value : array) {
      if (!(value instanceof JsonObject item)
          || !(item.get("code") instanceof jakarta.json.JsonString)
          || !(item.get("label") instanceof JsonObject label)
          || !label.containsKey("nb-NO")
          || !label.containsKey("en")) {
        throw new IllegalStateException(
            RESOURCE + ": each technology needs a code and a label with nb-NO and en: " + value);
      }
      technologies.add(
          new Technology(
              item.getString("code"),
              texts(label),
              item.get("phrase") instanceof JsonObject phrase ? texts(phrase) : Map.of()));
    }
    return technologies;
  }

  private static Map<String, String> texts(JsonObject map) {
    Map<String, String> texts = new LinkedHashMap<>();
    map.forEach((tag, text) -> texts.put(tag, ((jakarta.json.JsonString) text).getString()));
    return texts;
  }
}
