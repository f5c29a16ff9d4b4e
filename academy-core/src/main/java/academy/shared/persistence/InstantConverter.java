package academy.shared.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Lets entities hold {@link Instant}s: JPA 3.1 (EclipseLink 4) maps {@link OffsetDateTime} to
 * {@code TIMESTAMP WITH TIME ZONE} but would serialise an {@code Instant} into a blob.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }
}
