package no.abctracker.training.courses.control;

import static no.abctracker.training.courses.control.Violation.Rule.ACTIVITY_DEFINITION;
import static no.abctracker.training.courses.control.Violation.Rule.CONCEPT_SHAPE;
import static no.abctracker.training.courses.control.Violation.Rule.CONTEXT;
import static no.abctracker.training.courses.control.Violation.Rule.IN_SCHEME;
import static no.abctracker.training.courses.control.Violation.Rule.IRI;
import static no.abctracker.training.courses.control.Violation.Rule.LANGUAGE_MAP;
import static no.abctracker.training.courses.control.Violation.Rule.NO_EMPTY_VALUES;
import static no.abctracker.training.courses.control.Violation.Rule.PATTERN_CYCLE;
import static no.abctracker.training.courses.control.Violation.Rule.PATTERN_SHAPE;
import static no.abctracker.training.courses.control.Violation.Rule.REFERENCE;
import static no.abctracker.training.courses.control.Violation.Rule.REQUIRED;
import static no.abctracker.training.courses.control.Violation.Rule.TEMPLATE_RULE;
import static no.abctracker.training.courses.control.Violation.Rule.TEMPLATE_SHAPE;
import static no.abctracker.training.courses.control.Violation.Rule.UNIQUE_ID;
import static no.abctracker.training.courses.control.Violation.Rule.VERSIONS;
import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.abctracker.xapi.model.validation.Iris;
import no.abctracker.xapi.model.validation.LanguageMaps;

/**
 * The structural rules of xAPI Profiles 1.0, Part Two (Document Structure), checked on the compact
 * JSON the profiles are authored in.
 *
 * <p>Why no JSON-LD processor: §2.0 says a profile that follows all the rules of that document is
 * consistent with JSON-LD compaction against the normative context, so checking the rules on the
 * compact form is sufficient; a processor would also have to resolve the remote {@code @context},
 * which cannot be fetched here at run time or test time, and would add a dependency (and a document
 * loader with copies of the ADL contexts) for no additional guarantee.
 *
 * @see <a
 *     href="https://github.com/adlnet/xapi-profiles/blob/master/xapi-profiles-structure.md">xAPI
 *     Profiles, Part Two</a>
 */
public final class ProfileStructure {

  static final String PROFILE_CONTEXT = "https://w3id.org/xapi/profiles/context";
  static final String ACTIVITY_CONTEXT = "https://w3id.org/xapi/profiles/activity-context";
  static final String CONFORMS_TO = "https://w3id.org/xapi/profiles#1.0";

  private static final Set<String> SEMANTIC_TYPES =
      Set.of("Verb", "ActivityType", "AttachmentUsageType");
  private static final Set<String> EXTENSION_TYPES =
      Set.of("ContextExtension", "ResultExtension", "ActivityExtension");
  private static final Set<String> DOCUMENT_TYPES =
      Set.of("StateResource", "AgentProfileResource", "ActivityProfileResource");
  private static final List<String> PATTERN_KINDS =
      List.of("alternates", "optional", "oneOrMore", "sequence", "zeroOrMore");

  private ProfileStructure() {}

  /**
   * Every violation in the given profiles, checked together: a profile may use concepts another
   * loaded profile defines, and no concept may be defined twice. Includes {@link CourseData}.
   */
  public static List<Violation> check(List<ProfileDocument> profiles) {
    List<Violation> violations = new ArrayList<>();
    Map<String, String> conceptTypes = new HashMap<>();
    Map<String, String> definedIn = new HashMap<>();
    for (ProfileDocument profile : profiles) {
      Checker checker = new Checker(profile.source(), violations);
      checker.indexIds(profile.json(), conceptTypes, definedIn);
    }
    for (ProfileDocument profile : profiles) {
      new Checker(profile.source(), violations).profile(profile.json(), conceptTypes);
    }
    violations.addAll(CourseData.check(profiles));
    return violations;
  }

  /**
   * The LRS's own IRI rule, so that every IRI a profile defines can appear in a statement the LRS
   * accepts.
   */
  static boolean isAbsoluteIri(String value) {
    return Iris.isIri(value);
  }

  /** Checks one profile; collects into a shared list. */
  private static final class Checker {
    private final String source;
    private final List<Violation> violations;
    private Map<String, String> conceptTypes = Map.of();
    private final Set<String> versionIds = new HashSet<>();
    private final Set<String> templateIds = new HashSet<>();
    private final Map<String, JsonObject> patterns = new LinkedHashMap<>();
    private final List<JsonObject> patternList = new ArrayList<>();

    Checker(String source, List<Violation> violations) {
      this.source = source;
      this.violations = violations;
    }

    void fail(String where, Violation.Rule rule, String message) {
      violations.add(new Violation(source, where, rule, message));
    }

    // ---- ids across the set -------------------------------------------------------------

    void indexIds(
        JsonObject profile, Map<String, String> conceptTypes, Map<String, String> definedIn) {
      List<String> profileIds = new ArrayList<>();
      string(profile, "id").ifPresent(profileIds::add);
      objects(profile, "versions").forEach(v -> string(v, "id").ifPresent(profileIds::add));
      for (String id : profileIds) {
        String earlier = definedIn.putIfAbsent(id, source + " $");
        if (earlier != null && !earlier.startsWith(source + " ")) {
          fail("$", UNIQUE_ID, "profile or version id " + id + " is already used by " + earlier);
        }
      }
      for (String section : List.of("concepts", "templates", "patterns")) {
        List<JsonObject> members = objects(profile, section);
        for (int i = 0; i < members.size(); i++) {
          JsonObject member = members.get(i);
          Optional<String> id = string(member, "id");
          if (id.isEmpty()) {
            continue;
          }
          String where = "$." + section + "[" + i + "]";
          String earlier = definedIn.putIfAbsent(id.get(), source + " " + where);
          if (earlier != null) {
            fail(where, UNIQUE_ID, id.get() + " is already defined at " + earlier);
          } else if (section.equals("concepts")) {
            string(member, "type").ifPresent(type -> conceptTypes.put(id.get(), type));
          }
        }
      }
    }

    // ---- §6 profile ---------------------------------------------------------------------

    void profile(JsonObject profile, Map<String, String> conceptTypes) {
      this.conceptTypes = conceptTypes;
      noEmptyValues(profile, "$");
      context(profile);
      Optional<String> id = iri(profile, "id", "$", true);
      constant(profile, "type", "Profile", "$");
      constant(profile, "conformsTo", CONFORMS_TO, "$");
      languageMap(profile, "prefLabel", "$", true);
      languageMap(profile, "definition", "$", true);
      iri(profile, "seeAlso", "$", false);
      versions(profile, id.orElse(null));
      author(profile);
      for (String section : List.of("concepts", "templates", "patterns")) {
        if (profile.containsKey(section) && !isArray(profile.get(section))) {
          fail("$." + section, REQUIRED, section + " must be an array");
        }
      }
      List<JsonObject> templates = objects(profile, "templates");
      templates.forEach(t -> string(t, "id").ifPresent(templateIds::add));
      patternList.addAll(objects(profile, "patterns"));
      for (JsonObject pattern : patternList) {
        string(pattern, "id").ifPresent(pid -> patterns.put(pid, pattern));
      }
      for (String section : List.of("concepts", "templates", "patterns")) {
        if (isArray(profile.get(section))) {
          JsonArray members = profile.getJsonArray(section);
          for (int i = 0; i < members.size(); i++) {
            if (members.get(i).getValueType() != ValueType.OBJECT) {
              fail(
                  "$." + section + "[" + i + "]",
                  REQUIRED,
                  "members of " + section + " must be objects");
            }
          }
        }
      }
      List<JsonObject> concepts = objects(profile, "concepts");
      for (int i = 0; i < concepts.size(); i++) {
        concept(concepts.get(i), "$.concepts[" + i + "]");
      }
      for (int i = 0; i < templates.size(); i++) {
        template(templates.get(i), "$.templates[" + i + "]");
      }
      patterns();
    }

    void context(JsonObject profile) {
      JsonValue context = profile.get("@context");
      boolean ok =
          context != null
              && (isString(context, PROFILE_CONTEXT)
                  || (isArray(context)
                      && context.asJsonArray().stream()
                          .anyMatch(c -> isString(c, PROFILE_CONTEXT))));
      if (!ok) {
        fail("$.@context", CONTEXT, "@context must be or contain " + PROFILE_CONTEXT);
      }
    }

    void versions(JsonObject profile, String profileId) {
      if (!isArray(profile.get("versions")) || profile.getJsonArray("versions").isEmpty()) {
        fail("$.versions", REQUIRED, "versions must be a non-empty array of version objects");
        return;
      }
      JsonArray versions = profile.getJsonArray("versions");
      for (int i = 0; i < versions.size(); i++) {
        String where = "$.versions[" + i + "]";
        if (versions.get(i).getValueType() != ValueType.OBJECT) {
          fail(where, VERSIONS, "a version must be an object");
          continue;
        }
        JsonObject version = versions.getJsonObject(i);
        iri(version, "id", where, true)
            .ifPresent(
                vid -> {
                  if (vid.equals(profileId)) {
                    fail(where + ".id", VERSIONS, "a version id must differ from the profile id");
                  } else if (!versionIds.add(vid)) {
                    fail(where + ".id", VERSIONS, "version id " + vid + " is used twice");
                  }
                });
        Optional<String> generated = requiredString(version, "generatedAtTime", where);
        if (generated.isPresent() && !isTimestamp(generated.get())) {
          fail(
              where + ".generatedAtTime",
              VERSIONS,
              "generatedAtTime must be an ISO 8601 timestamp");
        }
        iris(version, "wasRevisionOf", where);
        // §6.1: every version but the first one (listed last) succeeds another.
        if (i < versions.size() - 1 && !version.containsKey("wasRevisionOf")) {
          fail(where, VERSIONS, "a version that succeeds another must name it in wasRevisionOf");
        }
      }
    }

    void author(JsonObject profile) {
      if (profile.get("author") == null
          || profile.get("author").getValueType() != ValueType.OBJECT) {
        fail("$.author", REQUIRED, "author must be an Organization or Person object");
        return;
      }
      JsonObject author = profile.getJsonObject("author");
      Optional<String> type = requiredString(author, "type", "$.author");
      if (type.isPresent() && !Set.of("Organization", "Person").contains(type.get())) {
        fail("$.author.type", REQUIRED, "author type must be Organization or Person");
      }
      requiredString(author, "name", "$.author");
      iri(author, "url", "$.author", false);
    }

    // ---- §7 concepts --------------------------------------------------------------------

    void concept(JsonObject concept, String where) {
      iri(concept, "id", where, true);
      inScheme(concept, where, true);
      Optional<String> type = requiredString(concept, "type", where);
      if (type.isEmpty()) {
        return;
      }
      String t = type.get();
      if (SEMANTIC_TYPES.contains(t)) {
        semanticConcept(concept, t, where);
      } else if (EXTENSION_TYPES.contains(t)) {
        extension(concept, t, where);
      } else if (DOCUMENT_TYPES.contains(t)) {
        labelled(concept, where);
        requiredString(concept, "contentType", where);
        schemas(concept, where);
      } else if (t.equals("Activity")) {
        activity(concept, where);
      } else {
        fail(where + ".type", CONCEPT_SHAPE, "unknown concept type " + t);
      }
    }

    void labelled(JsonObject concept, String where) {
      languageMap(concept, "prefLabel", where, true);
      languageMap(concept, "definition", where, true);
    }

    void semanticConcept(JsonObject concept, String type, String where) {
      labelled(concept, where);
      for (String relation : List.of("broader", "narrower", "related")) {
        for (String target : iris(concept, relation, where)) {
          if (!type.equals(conceptTypes.get(target))) {
            fail(where + "." + relation, REFERENCE, target + " is not a " + type + " concept");
          }
        }
      }
      for (String match : List.of("broadMatch", "narrowMatch", "relatedMatch", "exactMatch")) {
        iris(concept, match, where);
      }
      if (concept.containsKey("related") && !concept.getBoolean("deprecated", false)) {
        fail(where + ".related", CONCEPT_SHAPE, "related may only be used on deprecated concepts");
      }
    }

    void extension(JsonObject concept, String type, String where) {
      labelled(concept, where);
      if (concept.containsKey("recommendedActivityTypes") && !type.equals("ActivityExtension")) {
        fail(
            where,
            CONCEPT_SHAPE,
            "recommendedActivityTypes is only allowed on an ActivityExtension");
      }
      if (concept.containsKey("recommendedVerbs") && type.equals("ActivityExtension")) {
        fail(where, CONCEPT_SHAPE, "recommendedVerbs is not allowed on an ActivityExtension");
      }
      references(iris(concept, "recommendedActivityTypes", where), "ActivityType", where);
      references(iris(concept, "recommendedVerbs", where), "Verb", where);
      iri(concept, "context", where, false);
      schemas(concept, where);
    }

    void schemas(JsonObject concept, String where) {
      if (concept.containsKey("schema") && concept.containsKey("inlineSchema")) {
        fail(where, CONCEPT_SHAPE, "use at most one of schema and inlineSchema");
      }
      iri(concept, "schema", where, false);
      Optional<String> inline = string(concept, "inlineSchema");
      if (concept.containsKey("inlineSchema") && inline.isEmpty()) {
        fail(
            where + ".inlineSchema",
            CONCEPT_SHAPE,
            "inlineSchema must be a JSON Schema as a string");
      }
      inline.ifPresent(
          schema -> {
            try (var reader = JSON.createReader(new java.io.StringReader(schema))) {
              reader.readObject();
            } catch (RuntimeException e) {
              fail(where + ".inlineSchema", CONCEPT_SHAPE, "inlineSchema is not a JSON object");
            }
          });
    }

    void activity(JsonObject concept, String where) {
      JsonValue value = concept.get("activityDefinition");
      if (value == null || value.getValueType() != ValueType.OBJECT) {
        fail(where, REQUIRED, "an Activity needs an activityDefinition object");
        return;
      }
      String at = where + ".activityDefinition";
      JsonObject definition = value.asJsonObject();
      JsonValue context = definition.get("@context");
      boolean ok =
          context != null
              && (isString(context, ACTIVITY_CONTEXT)
                  || (isArray(context)
                      && context.asJsonArray().stream()
                          .anyMatch(c -> isString(c, ACTIVITY_CONTEXT))));
      if (!ok) {
        fail(
            at + ".@context",
            ACTIVITY_DEFINITION,
            "@context must be or contain " + ACTIVITY_CONTEXT);
      }
      iri(definition, "type", at, false)
          .ifPresent(type -> references(List.of(type), "ActivityType", at));
      iri(definition, "moreInfo", at, false);
      languageMap(definition, "name", at, false);
      languageMap(definition, "description", at, false);
      if (!definition.containsKey("extensions")) {
        return;
      }
      if (definition.get("extensions").getValueType() != ValueType.OBJECT) {
        fail(at + ".extensions", ACTIVITY_DEFINITION, "extensions must be an object");
        return;
      }
      for (Map.Entry<String, JsonValue> extension :
          definition.getJsonObject("extensions").entrySet()) {
        String key = extension.getKey();
        String ext = at + ".extensions['" + key + "']";
        if (!isAbsoluteIri(key)) {
          fail(ext, IRI, "extension key " + key + " is not an absolute IRI");
          continue;
        }
        references(List.of(key), "ActivityExtension", at + ".extensions");
        // §7.4: every top-level object of an extension value carries its own @context.
        JsonValue v = extension.getValue();
        List<JsonValue> tops = isArray(v) ? List.copyOf(v.asJsonArray()) : List.of(v);
        for (JsonValue top : tops) {
          if (top.getValueType() == ValueType.OBJECT
              && !top.asJsonObject().containsKey("@context")) {
            fail(
                ext,
                ACTIVITY_DEFINITION,
                "an object-valued extension must include its own @context");
          }
        }
      }
    }

    // ---- §8 statement templates ---------------------------------------------------------

    void template(JsonObject template, String where) {
      iri(template, "id", where, true);
      constant(template, "type", "StatementTemplate", where);
      inScheme(template, where, true);
      labelled(template, where);
      iri(template, "verb", where, false).ifPresent(v -> references(List.of(v), "Verb", where));
      iri(template, "objectActivityType", where, false)
          .ifPresent(t -> references(List.of(t), "ActivityType", where));
      for (String key :
          List.of(
              "contextGroupingActivityType",
              "contextParentActivityType",
              "contextOtherActivityType",
              "contextCategoryActivityType")) {
        references(iris(template, key, where), "ActivityType", where + "." + key);
      }
      references(iris(template, "attachmentUsageType", where), "AttachmentUsageType", where);
      if (template.containsKey("objectStatementRefTemplate")
          && template.containsKey("objectActivityType")) {
        fail(
            where,
            TEMPLATE_SHAPE,
            "a template must not have both objectStatementRefTemplate and objectActivityType");
      }
      for (String key : List.of("objectStatementRefTemplate", "contextStatementRefTemplate")) {
        for (String ref : iris(template, key, where)) {
          if (!templateIds.contains(ref)) {
            fail(
                where + "." + key, REFERENCE, ref + " is not a statement template of this profile");
          }
        }
      }
      if (!template.containsKey("rules")) {
        return;
      }
      if (!isArray(template.get("rules"))) {
        fail(where + ".rules", TEMPLATE_RULE, "rules must be an array");
        return;
      }
      JsonArray rules = template.getJsonArray("rules");
      for (int i = 0; i < rules.size(); i++) {
        String at = where + ".rules[" + i + "]";
        if (rules.get(i).getValueType() != ValueType.OBJECT) {
          fail(at, TEMPLATE_RULE, "a rule must be an object");
        } else {
          rule(rules.getJsonObject(i), at);
        }
      }
    }

    void rule(JsonObject rule, String where) {
      Optional<String> location = string(rule, "location");
      if (location.isEmpty()) {
        fail(where, TEMPLATE_RULE, "a rule needs a location (a JSONPath string)");
      } else {
        jsonPath(location.get(), where + ".location");
      }
      if (rule.containsKey("selector")) {
        string(rule, "selector")
            .ifPresentOrElse(
                s -> jsonPath(s, where + ".selector"),
                () ->
                    fail(where + ".selector", TEMPLATE_RULE, "selector must be a JSONPath string"));
      }
      if (List.of("presence", "any", "all", "none").stream().noneMatch(rule::containsKey)) {
        fail(where, TEMPLATE_RULE, "a rule must include one or more of presence, any, all, none");
      }
      Optional<String> presence = string(rule, "presence");
      if (rule.containsKey("presence")
          && (presence.isEmpty()
              || !Set.of("included", "excluded", "recommended").contains(presence.get()))) {
        fail(
            where + ".presence",
            TEMPLATE_RULE,
            "presence must be included, excluded or recommended");
      }
      for (String key : List.of("any", "all", "none")) {
        if (rule.containsKey(key) && !isArray(rule.get(key))) {
          fail(where + "." + key, TEMPLATE_RULE, key + " must be an array of values");
        }
      }
      if (presence.filter("excluded"::equals).isPresent()
          && (rule.containsKey("any") || rule.containsKey("all"))) {
        fail(where, TEMPLATE_RULE, "presence excluded with any or all can never be satisfied");
      }
      languageMap(rule, "scopeNote", where, false);
    }

    void jsonPath(String path, String where) {
      // §8.1: "Filter and script expressions MUST NOT be used."
      if (path.contains("?(") || path.contains("(@") || path.contains("@.")) {
        fail(where, TEMPLATE_RULE, "filter and script expressions are not allowed: " + path);
      }
      int depth = 0;
      boolean inQuote = false;
      for (char c : path.toCharArray()) {
        if (c == '\'') {
          inQuote = !inQuote;
        } else if (!inQuote && c == '[') {
          depth++;
        } else if (!inQuote && c == ']') {
          depth--;
        }
        if (depth < 0) {
          break;
        }
      }
      if (depth != 0 || inQuote || path.isBlank()) {
        fail(where, TEMPLATE_RULE, "not a well-formed JSONPath: " + path);
      }
    }

    // ---- §9 patterns --------------------------------------------------------------------

    void patterns() {
      Set<String> usedInOthers = new HashSet<>();
      patterns.values().forEach(p -> usedInOthers.addAll(members(p)));
      for (int i = 0; i < patternList.size(); i++) {
        JsonObject pattern = patternList.get(i);
        pattern(string(pattern, "id").orElse(""), pattern, "$.patterns[" + i + "]", usedInOthers);
      }
      for (String id : patterns.keySet()) {
        if (reaches(id, id, new HashSet<>())) {
          fail("$.patterns", PATTERN_CYCLE, "pattern " + id + " contains itself");
        }
      }
    }

    void pattern(String id, JsonObject pattern, String where, Set<String> usedInOthers) {
      iri(pattern, "id", where, true);
      constant(pattern, "type", "Pattern", where);
      inScheme(pattern, where, false);
      boolean primary = pattern.getBoolean("primary", false);
      languageMap(pattern, "prefLabel", where, false);
      languageMap(pattern, "definition", where, false);
      if (primary && !(pattern.containsKey("prefLabel") && pattern.containsKey("definition"))) {
        fail(where, PATTERN_SHAPE, "a primary pattern must include prefLabel and definition");
      }
      List<String> kinds = PATTERN_KINDS.stream().filter(pattern::containsKey).toList();
      if (kinds.size() != 1) {
        fail(
            where,
            PATTERN_SHAPE,
            "a pattern must have exactly one of " + PATTERN_KINDS + ", has " + kinds);
        return;
      }
      String kind = kinds.get(0);
      boolean arrayKind = kind.equals("alternates") || kind.equals("sequence");
      List<String> members =
          arrayKind
              ? iris(pattern, kind, where)
              : iri(pattern, kind, where, true).stream().toList();
      for (String member : members) {
        if (!templateIds.contains(member) && !patterns.containsKey(member)) {
          fail(
              where + "." + kind,
              REFERENCE,
              member + " is not a template or pattern of this profile");
        }
      }
      if (kind.equals("alternates")) {
        if (members.size() < 2) {
          fail(where, PATTERN_SHAPE, "alternates needs at least two members");
        }
        for (String member : members) {
          JsonObject inner = patterns.get(member);
          if (inner != null && (inner.containsKey("optional") || inner.containsKey("zeroOrMore"))) {
            fail(
                where,
                PATTERN_SHAPE,
                "optional or zeroOrMore must not be directly inside alternates: " + member);
          }
        }
      }
      if (kind.equals("sequence") && members.size() < 2) {
        boolean allowed =
            primary
                && !usedInOthers.contains(id)
                && members.size() == 1
                && templateIds.contains(members.get(0));
        if (!allowed) {
          fail(where, PATTERN_SHAPE, "sequence needs at least two members");
        }
      }
    }

    List<String> members(JsonObject pattern) {
      List<String> members = new ArrayList<>();
      for (String kind : PATTERN_KINDS) {
        JsonValue value = pattern.get(kind);
        if (value instanceof JsonString s) {
          members.add(s.getString());
        } else if (isArray(value)) {
          value.asJsonArray().stream()
              .filter(JsonString.class::isInstance)
              .map(v -> ((JsonString) v).getString())
              .forEach(members::add);
        }
      }
      return members;
    }

    boolean reaches(String from, String target, Set<String> seen) {
      JsonObject pattern = patterns.get(from);
      if (pattern == null || !seen.add(from)) {
        return false;
      }
      for (String member : members(pattern)) {
        if (member.equals(target) || reaches(member, target, seen)) {
          return true;
        }
      }
      return false;
    }

    // ---- shared -------------------------------------------------------------------------

    void inScheme(JsonObject member, String where, boolean required) {
      iri(member, "inScheme", where, required)
          .filter(scheme -> !versionIds.contains(scheme))
          .ifPresent(
              scheme ->
                  fail(
                      where + ".inScheme",
                      IN_SCHEME,
                      scheme + " is not a version of this profile"));
    }

    void references(List<String> iris, String expectedType, String where) {
      for (String iri : iris) {
        Optional<String> type =
            Optional.ofNullable(conceptTypes.get(iri)).or(() -> KnownVocabulary.typeOf(iri));
        if (type.isEmpty()) {
          fail(
              where,
              REFERENCE,
              expectedType
                  + " "
                  + iri
                  + " is not defined in any loaded profile nor a known ADL concept");
        } else if (!type.get().equals(expectedType)) {
          fail(
              where, REFERENCE, iri + " is a " + type.get() + " concept, expected " + expectedType);
        }
      }
    }

    void constant(JsonObject object, String key, String expected, String where) {
      requiredString(object, key, where)
          .filter(value -> !value.equals(expected))
          .ifPresent(
              value ->
                  fail(
                      where + "." + key,
                      REQUIRED,
                      key + " must be " + expected + ", was " + value));
    }

    Optional<String> requiredString(JsonObject object, String key, String where) {
      Optional<String> value = string(object, key);
      if (value.isEmpty()) {
        fail(where, REQUIRED, key + " is required (a string)");
      }
      return value;
    }

    Optional<String> iri(JsonObject object, String key, String where, boolean required) {
      if (!object.containsKey(key)) {
        if (required) {
          fail(where, REQUIRED, key + " is required (an IRI)");
        }
        return Optional.empty();
      }
      Optional<String> value = string(object, key);
      if (value.isEmpty() || !isAbsoluteIri(value.get())) {
        fail(where + "." + key, IRI, key + " must be an absolute IRI, was " + object.get(key));
        return Optional.empty();
      }
      return value;
    }

    List<String> iris(JsonObject object, String key, String where) {
      if (!object.containsKey(key)) {
        return List.of();
      }
      if (!isArray(object.get(key))) {
        fail(where + "." + key, IRI, key + " must be an array of IRIs");
        return List.of();
      }
      List<String> result = new ArrayList<>();
      for (JsonValue value : object.getJsonArray(key)) {
        if (value instanceof JsonString s && isAbsoluteIri(s.getString())) {
          result.add(s.getString());
        } else {
          fail(where + "." + key, IRI, key + " must hold absolute IRIs, has " + value);
        }
      }
      return result;
    }

    void languageMap(JsonObject object, String key, String where, boolean required) {
      JsonValue value = object.get(key);
      if (value == null) {
        if (required) {
          fail(where, REQUIRED, key + " is required (a language map)");
        }
        return;
      }
      if (value.getValueType() != ValueType.OBJECT || value.asJsonObject().isEmpty()) {
        fail(where + "." + key, LANGUAGE_MAP, key + " must be a language map");
        return;
      }
      for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
        if (!LanguageMaps.isLanguageTag(entry.getKey())
            || !(entry.getValue() instanceof JsonString s)
            || s.getString().isBlank()) {
          fail(
              where + "." + key,
              LANGUAGE_MAP,
              key + " must map language tags to text, has " + entry.getKey());
        }
      }
    }

    void noEmptyValues(JsonValue value, String where) {
      switch (value.getValueType()) {
        case NULL -> fail(where, NO_EMPTY_VALUES, "null is not allowed");
        case STRING -> {
          if (((JsonString) value).getString().isEmpty()) {
            fail(where, NO_EMPTY_VALUES, "empty strings are not allowed");
          }
        }
        case OBJECT -> {
          if (value.asJsonObject().isEmpty()) {
            fail(where, NO_EMPTY_VALUES, "empty objects are not allowed");
          }
          value.asJsonObject().forEach((k, v) -> noEmptyValues(v, where + "." + k));
        }
        case ARRAY -> {
          if (value.asJsonArray().isEmpty()) {
            fail(where, NO_EMPTY_VALUES, "empty arrays are not allowed");
          }
          JsonArray array = value.asJsonArray();
          for (int i = 0; i < array.size(); i++) {
            noEmptyValues(array.get(i), where + "[" + i + "]");
          }
        }
        default -> {}
      }
    }
  }

  // ---- JSON helpers, also used by CourseData and the reader ---------------------------

  static Optional<String> string(JsonObject object, String key) {
    return object.get(key) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
  }

  static List<JsonObject> objects(JsonObject object, String key) {
    if (!isArray(object.get(key))) {
      return List.of();
    }
    return object.getJsonArray(key).stream()
        .filter(v -> v.getValueType() == ValueType.OBJECT)
        .map(JsonValue::asJsonObject)
        .toList();
  }

  static boolean isArray(JsonValue value) {
    return value != null && value.getValueType() == ValueType.ARRAY;
  }

  private static boolean isString(JsonValue value, String expected) {
    return value instanceof JsonString s && s.getString().equals(expected);
  }

  private static boolean isTimestamp(String value) {
    try {
      OffsetDateTime.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
