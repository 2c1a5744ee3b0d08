package org.youthimages.storage.screening;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.testing.JudgingScenario;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class ScreeningCsvIT {

    @Inject ApplicationContext context;
    @Inject ScreeningCsv csv;
    @Inject EligibilityDecisions decisions;

    @Test
    void listsTheFilteredEntriesWithTheirDecisionAndEachChecksOutcome() throws Exception {
        JudgingScenario scenario = JudgingScenario.create(context);
        Entry tooLong = scenario.pending(scenario.film("=Too long", "AGE_13_17", "KE", 900_000L));
        Entry refused = scenario.pending(scenario.film("Refused"));
        decisions.decide(scenario.organiser(), List.of(refused.id()), Entry.Eligibility.INELIGIBLE, "Not a film");

        StringBuilder toDecide = new StringBuilder();
        csv.write(scenario.organiser(), scenario.edition().id(), ScreeningQueue.Filter.TO_DECIDE, toDecide);
        StringBuilder all = new StringBuilder();
        csv.write(scenario.organiser(), scenario.edition().id(), ScreeningQueue.Filter.ALL, all);

        List<CSVRecord> pending = parse(toDecide);
        assertThat(pending).extracting(r -> r.get("reference")).containsExactly(tooLong.reference());
        CSVRecord row = pending.getFirst();
        assertThat(row.get("title")).as("a formula is written as text").isEqualTo("'=Too long");
        assertThat(row.get("country")).isEqualTo("KE");
        assertThat(row.get("decision")).isEqualTo("pending");
        assertThat(row.get("check_length")).isEqualTo("fail");
        assertThat(row.get("check_media")).isEqualTo("pass");
        assertThat(row.get("failing_checks")).isEqualTo("1");
        assertThat(parse(all)).extracting(r -> r.get("reference") + " " + r.get("decision") + " " + r.get("reason"))
                .containsExactlyInAnyOrder(tooLong.reference() + " pending ",
                        refused.reference() + " ineligible Not a film");
    }

    @Test
    void refusesAJuror() {
        JudgingScenario scenario = JudgingScenario.create(context);

        assertThatThrownBy(() -> csv.write(scenario.juror("ana"), scenario.edition().id(),
                ScreeningQueue.Filter.ALL, new StringBuilder())).isInstanceOf(AccessDeniedException.class);
    }

    private static List<CSVRecord> parse(CharSequence text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.toString())).getRecords();
    }
}
