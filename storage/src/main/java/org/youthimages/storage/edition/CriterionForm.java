package org.youthimages.storage.edition;

import io.micronaut.core.annotation.Nullable;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.text.TypedText;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A criterion as organisers enter it, its texts as {@link TypedText} cleans them. Anchors label points of the scale and
 * are written {@code 1=Weak; 10=Outstanding}.
 */
public record CriterionForm(@Nullable Long id, String code, String name, String guidance, BigDecimal weight,
                            int scaleMin, int scaleMax, Map<String, String> anchors) {

    public CriterionForm {
        name = TypedText.line(name);
        guidance = TypedText.paragraphs(guidance);
        Map<String, String> labels = new LinkedHashMap<>();
        if (anchors != null) {
            anchors.forEach((point, label) -> labels.put(point, TypedText.line(label)));
        }
        anchors = Map.copyOf(labels);
    }

    public static CriterionForm of(Criterion c) {
        return new CriterionForm(c.id(), c.code(), c.name(), c.guidance(), c.weight(), c.scaleMin(), c.scaleMax(),
                c.anchors());
    }

    /** {@code 1=Weak; 10=Outstanding} as anchors; points outside the scale or unreadable parts are refused. */
    public static Map<String, String> parseAnchors(String text) {
        Map<String, String> anchors = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return anchors;
        }
        for (String part : text.split(";")) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2 || !pair[0].strip().matches("-?\\d+") || pair[1].isBlank()) {
                throw new Refused("criterion.anchors", "Write anchors as 1=Weak; 10=Outstanding", part.strip());
            }
            anchors.put(pair[0].strip(), pair[1].strip());
        }
        return anchors;
    }

    public static String formatAnchors(Map<String, String> anchors) {
        return anchors.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) ->
                        Integer.compare(Integer.parseInt(a), Integer.parseInt(b))))
                .map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + "; " + b).orElse("");
    }

    public void validate() {
        if (code == null || !code.matches("[A-Z0-9_]+")) {
            throw new Refused("code", "A code uses capital letters, digits and underscores, e.g. STORY");
        }
        if (name == null || name.isBlank()) {
            throw new Refused("name", "Give it a name");
        }
        if (weight == null || weight.signum() <= 0) {
            throw new Refused("criterion.weight", "A criterion's weight must be above zero");
        }
        if (scaleMax <= scaleMin) {
            throw new Refused("criterion.scale", "The scale needs at least two points");
        }
        for (String point : anchors.keySet()) {
            int value = Integer.parseInt(point);
            if (value < scaleMin || value > scaleMax) {
                throw new Refused("criterion.anchorOutside", "Anchor " + point + " is outside the scale", point);
            }
        }
    }
}
