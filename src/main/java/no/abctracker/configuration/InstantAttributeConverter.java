package no.abctracker.configuration;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * JPA 3.1 has no mapping for {@link Instant} and EclipseLink would silently serialise it to a BLOB;
 * this stores it as a DATETIME(6) holding UTC, whatever the JVM's time zone.
 */
@Converter(autoApply = true)
public class InstantAttributeConverter implements AttributeConverter<Instant, LocalDateTime> {

  @Override
  public LocalDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(LocalDateTime value) {
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }
}
