package org.youthimages.storage.assignment;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Detects conflicts of interest a round asks for: a juror from the entrant's organisation or school, or from
 * the entrant's country. Organisation names are compared loosely (case, accents, spacing).
 */
public final class ConflictRules {

    private final boolean sameCountry;
    private final boolean sameOrganisation;

    public ConflictRules(boolean sameCountry, boolean sameOrganisation) {
        this.sameCountry = sameCountry;
        this.sameOrganisation = sameOrganisation;
    }

    public Set<AssignmentProblem.Pair> detect(List<Party> films, List<Party> jurors) {
        Set<AssignmentProblem.Pair> conflicts = new HashSet<>();
        for (Party film : films) {
            for (Party juror : jurors) {
                if (conflicting(film, juror)) {
                    conflicts.add(new AssignmentProblem.Pair(film.id(), juror.id()));
                }
            }
        }
        return conflicts;
    }

    public boolean conflicting(Party film, Party juror) {
        return sameCountry && present(film.countryCode()) && film.countryCode().equalsIgnoreCase(juror.countryCode())
                || sameOrganisation && present(film.organisation())
                && normalise(film.organisation()).equals(normalise(juror.organisation()));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static String normalise(String organisation) {
        if (organisation == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(organisation, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A film (its entrant's country and organisation) or a juror. */
    public record Party(long id, String countryCode, String organisation) {
    }
}
