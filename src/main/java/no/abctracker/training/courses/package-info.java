/**
 * The course catalogue: which courses exist (Velferdsteknologiens ABC, super-user courses per
 * technology), their modules with the xAPI activity ids that complete them, and their versions with
 * each version's completion rule (all mandatory modules, or attendance at group gatherings).
 *
 * <p>The catalogue is data: it is read at start-up from the xAPI Profiles in {@code xapi-profiles/}
 * (xAPI Profiles 1.0, Part Two: Document Structure), validated against the Profiles spec's
 * structural rules, and never hard-coded. Out of scope: progress and completions (the {@code
 * progress} component asks this catalogue which course module an activity is), statement validation
 * against templates, and editing the catalogue through the API.
 */
package no.abctracker.training.courses;
