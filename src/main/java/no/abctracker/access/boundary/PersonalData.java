package no.abctracker.access.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A REST or xAPI read that shows a person's record (path parameter {@code employeeId}) or a list of
 * persons: each successful call is logged by {@link RecordViewLog} in {@link
 * no.abctracker.access.control.RecordViews}. On a class it marks the class's {@code GET} methods
 * (and the {@code HEAD} that JAX-RS answers with them). Every {@code GET} of the API and the LRS is
 * either marked or listed as showing nobody in {@code PersonalDataCoverageTest}, so a new endpoint
 * cannot be forgotten.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PersonalData {}
