package no.abctracker.training.courses.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.courses.entity.NationalMapping;

/** Finds the profile files, checks them all together and turns them into courses. */
public final class XapiProfileReader {

  /** The classpath folder the build copies the repository's {@code xapi-profiles/} into. */
  public static final String CLASSPATH_FOLDER = "xapi-profiles";

  static final String SUFFIX = ".jsonld";

  private XapiProfileReader() {}

  /**
   * The courses the profiles describe, in profile order.
   *
   * @throws InvalidProfiles listing every violation, if any profile breaks a rule
   */
  public static List<Course> courses(List<ProfileDocument> profiles) {
    return read(profiles).courses();
  }

  /**
   * The courses and the verbs that complete a module, from valid profiles.
   *
   * @throws InvalidProfiles listing every violation, if any profile breaks a rule
   */
  public static Contents read(List<ProfileDocument> profiles) {
    List<Violation> violations = ProfileStructure.check(profiles);
    if (!violations.isEmpty()) {
      throw new InvalidProfiles(violations);
    }
    CourseData.Read read = CourseData.read(profiles);
    return new Contents(read.courses(), read.completionVerbs(), read.nationalMappings());
  }

  /**
   * What the profiles say.
   *
   * @param courses prerequisites first, else in file order
   * @param completionVerbs the verb ids that complete a module (template module-completed)
   * @param nationalMappings the courses' and modules' {@code also-known-as} activity ids
   */
  public record Contents(
      List<Course> courses, Set<String> completionVerbs, List<NationalMapping> nationalMappings) {
    public Contents {
      courses = List.copyOf(courses);
      completionVerbs = Set.copyOf(completionVerbs);
      nationalMappings = List.copyOf(nationalMappings);
    }

    public Contents(List<Course> courses, Set<String> completionVerbs) {
      this(courses, completionVerbs, List.of());
    }
  }

  /** Every {@code *.jsonld} file directly in the folder, by file name. */
  public static List<ProfileDocument> fromDirectory(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException("xAPI profile folder " + folder + " does not exist");
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(SUFFIX))
          .sorted()
          .map(ProfileDocument::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list xAPI profile folder " + folder, e);
    }
  }

  /**
   * Every {@code *.jsonld} file in the classpath folder {@value #CLASSPATH_FOLDER}, from a
   * directory (exploded war, tests) or a jar (which needs an entry for the folder itself, as Maven
   * writes one).
   */
  public static List<ProfileDocument> fromClasspath(ClassLoader loader) {
    List<ProfileDocument> profiles = new ArrayList<>();
    try {
      for (URL root : Collections.list(loader.getResources(CLASSPATH_FOLDER))) {
        URI uri = root.toURI();
        switch (uri.getScheme()) {
          case "file" -> profiles.addAll(fromDirectory(Path.of(uri)));
          case "jar" -> profiles.addAll(fromJar(uri));
          default ->
              throw new IllegalStateException(
                  "cannot list xAPI profiles at "
                      + uri
                      + "; set ABC_XAPI_PROFILES_DIR to a folder holding them");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find the xAPI profiles on the classpath", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot find the xAPI profiles on the classpath", e);
    }
    return List.copyOf(profiles);
  }

  private static List<ProfileDocument> fromJar(URI uri) throws IOException {
    String entry =
        uri.getSchemeSpecificPart().substring(uri.getSchemeSpecificPart().indexOf("!/") + 1);
    FileSystem jar;
    boolean opened = false;
    try {
      jar = FileSystems.newFileSystem(uri, Map.of());
      opened = true;
    } catch (FileSystemAlreadyExistsException e) {
      jar = FileSystems.getFileSystem(uri);
    }
    try {
      return fromDirectory(jar.getPath(entry));
    } finally {
      if (opened) {
        jar.close();
      }
    }
  }
}
