package no.abctracker.access.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A REST method that shows a person's record (path parameter {@code employeeId}) or a list of
 * persons: each successful call is logged in {@link no.abctracker.access.control.RecordViews}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalData {}
