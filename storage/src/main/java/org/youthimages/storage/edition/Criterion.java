package org.youthimages.storage.edition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a round's jurors score, with guidance, a weight and a scale.
 * {@code anchors} labels points of the scale, e.g. {@code {"1": "Weak", "10": "Outstanding"}}.
 */
@MappedEntity
@Serdeable.Serializable
public record Criterion(@Id @GeneratedValue @Nullable Long id,
                        long roundId,
                        String code,
                        String name,
                        String guidance,
                        BigDecimal weight,
                        int scaleMin,
                        int scaleMax,
                        @TypeDef(type = DataType.JSON) Map<String, String> anchors,
                        int position) {

    public Criterion {
        if (scaleMax <= scaleMin) {
            throw new IllegalArgumentException("Criterion " + code + " needs a scale with at least two points");
        }
        if (weight.signum() <= 0) {
            throw new IllegalArgumentException("Criterion " + code + " needs a positive weight");
        }
        anchors = anchors == null ? Map.of() : Map.copyOf(anchors);
    }

    public boolean accepts(int value) {
        return value >= scaleMin && value <= scaleMax;
    }
}
