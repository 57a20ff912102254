package no.abctracker.web.privacy.boundary;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page action that shows a person's record or a list of persons: {@link PageViewLog} logs it once
 * it has succeeded. The pages' counterpart of the API's {@code @PersonalData}; {@code
 * PersonalPagesCoverageTest} keeps every page either marked or listed as showing nobody.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PersonalPage {

  /** The request parameter that names the person (employee id); none for a list. */
  @Nonbinding
  String person() default "";
}
