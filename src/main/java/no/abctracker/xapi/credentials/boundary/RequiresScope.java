package no.abctracker.xapi.credentials.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.abctracker.xapi.credentials.entity.Scope;

/** The xAPI scopes of which the caller needs at least one ({@code all} always suffices). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresScope {
  Scope[] value();
}
