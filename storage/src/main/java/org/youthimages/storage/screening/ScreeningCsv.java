package org.youthimages.storage.screening;

import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVPrinter;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.export.SafeCsv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The screening list as a spreadsheet: each entry the organiser's filter shows, with its decision and the outcome
 * of each automatic check, for counting entries and planning screenings outside the platform. No contact details:
 * those stay behind the personal data screen, whose exports are recorded.
 */
@Singleton
public class ScreeningCsv {

    private final ScreeningQueue queue;

    ScreeningCsv(ScreeningQueue queue) {
        this.queue = queue;
    }

    public void write(ActingAccount organiser, long editionId, ScreeningQueue.Filter filter, Appendable out) {
        List<ScreeningRow> rows = queue.entries(organiser, editionId, filter);
        try (CSVPrinter csv = new CSVPrinter(out, SafeCsv.FORMAT)) {
            List<String> header = new ArrayList<>(List.of("reference", "title", "category", "country", "submitted_at",
                    "status", "decision", "reason", "failing_checks"));
            for (Check.Rule rule : Check.Rule.values()) {
                header.add("check_" + lower(rule));
            }
            csv.printRecord(header);
            for (ScreeningRow row : rows) {
                List<Object> record = new ArrayList<>(List.of(row.reference(), SafeCsv.text(row.title()),
                        SafeCsv.text(orEmpty(row.category())), orEmpty(row.countryCode()), row.submittedAt(),
                        lower(row.status()), lower(row.eligibility()), SafeCsv.text(orEmpty(row.reason())),
                        row.failing()));
                Map<Check.Rule, Check.Outcome> outcomes = new EnumMap<>(Check.Rule.class);
                row.checks().forEach(check -> outcomes.put(check.rule(), check.outcome()));
                for (Check.Rule rule : Check.Rule.values()) {
                    record.add(outcomes.containsKey(rule) ? lower(outcomes.get(rule)) : "");
                }
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the screening list", e);
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
