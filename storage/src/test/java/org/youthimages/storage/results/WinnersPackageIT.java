package org.youthimages.storage.results;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.audit.AuditEventRepository;
import org.youthimages.storage.edition.EditionParts;
import org.youthimages.storage.edition.Prize;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.testing.JudgingScenario;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Organisers take the winners away for a screening: originals, subtitles and a programme sheet in one ZIP. */
@MicronautTest(transactional = false)
class WinnersPackageIT {

    private static final String VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nBonjour\n";

    @Inject ApplicationContext context;
    @Inject WinnersPackage winners;
    @Inject AwardDecisions awards;
    @Inject EditionParts parts;
    @Inject MediaAssetRepository assets;
    @Inject ObjectStore objects;
    @Inject AuditEventRepository audit;

    private JudgingScenario scenario;
    private Entry paperBoats;
    private Entry lima;
    private byte[] paperBoatsFile;
    private byte[] limaFile;

    @BeforeEach
    void twoAwardedFilmsOneWithTwoAwardsAndSubtitles() {
        scenario = JudgingScenario.create(context);
        paperBoats = scenario.film("Paper Boats: a \"journey\"?");
        lima = scenario.film("Lima", "AGE_18_25", "PE");
        scenario.film("Not awarded");
        paperBoatsFile = original(paperBoats, 2 * 1024 * 1024 + 5);
        limaFile = original(lima, 700_000);
        String key = "entries/" + paperBoats.reference() + "/subtitles/fr.vtt";
        objects.put(key, new ByteArrayInputStream(VTT.getBytes(StandardCharsets.UTF_8)), VTT.length(), "text/vtt");
        assets.save(new MediaAsset(null, paperBoats.id(), MediaAsset.Kind.SUBTITLE, "fr", key, "text/vtt",
                VTT.length(), null, null, null, null, null, null, null));
        Prize xenophobia = parts.prizes(scenario.organiser(), scenario.edition().id()).getFirst();
        awards.decide(scenario.organiser(), paperBoats.id(), Award.Kind.CATEGORY_DISTINCTION, null, "Tender");
        awards.decide(scenario.organiser(), lima.id(), Award.Kind.CATEGORY_DISTINCTION, null, "Bold");
        awards.decide(scenario.organiser(), paperBoats.id(), Award.Kind.SPECIAL_RECOGNITION, xenophobia.id(), "Brave");
    }

    @Test
    void eachAwardedFilmGetsAFolderWithItsOriginalAndSubtitlesInTheOrderOfTheAwards() throws IOException {
        Map<String, byte[]> zip = unzip(write());

        String first = "01 " + paperBoats.reference() + " Paper Boats a journey";
        String second = "02 " + lima.reference() + " Lima";
        assertThat(zip.keySet()).containsExactly("programme.csv",
                first + "/" + paperBoats.reference() + "-film.mp4",
                first + "/" + paperBoats.reference() + ".fr.vtt",
                second + "/" + lima.reference() + "-film.mp4");
        assertThat(zip.get(first + "/" + paperBoats.reference() + "-film.mp4")).isEqualTo(paperBoatsFile);
        assertThat(zip.get(second + "/" + lima.reference() + "-film.mp4")).isEqualTo(limaFile);
        assertThat(new String(zip.get(first + "/" + paperBoats.reference() + ".fr.vtt"), StandardCharsets.UTF_8))
                .isEqualTo(VTT);
    }

    @Test
    void theSizeAnnouncedBeforeTheDownloadIsTheFilmsAndSubtitlesWhichTheZipExceedsOnlyByItsHeaders() {
        WinnersPackage.Size size = winners.size(scenario.organiser(),
                awards.ofEdition(scenario.organiser(), scenario.edition().id()));

        assertThat(size.films()).isEqualTo(2);
        assertThat(size.bytes()).isEqualTo(paperBoatsFile.length + limaFile.length + VTT.length());
        assertThat((long) write().length).isBetween(size.bytes(), size.bytes() + 8 * 1024);
    }

    @Test
    void theProgrammeSaysWhatThePresenterReadsOutForEachFilm() throws IOException {
        String programme = new String(unzip(write()).get("programme.csv"), StandardCharsets.UTF_8);

        assertThat(programme).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(programme.substring(1))).getRecords();
        assertThat(rows).hasSize(2);
        CSVRecord row = rows.getFirst();
        assertThat(row.get("reference")).isEqualTo(paperBoats.reference());
        assertThat(row.get("title")).isEqualTo("Paper Boats: a \"journey\"?");
        assertThat(row.get("awards")).isEqualTo("CATEGORY_DISTINCTION 13 to 17; SPECIAL_RECOGNITION Combating xenophobia");
        assertThat(row.get("category")).isEqualTo("13 to 17");
        assertThat(row.get("entrant")).isEqualTo("Amani Wanjiru");
        assertThat(row.get("country")).isEqualTo("KE");
        assertThat(row.get("age")).isEqualTo("16");
        assertThat(row.get("team")).isEqualTo("Baraka Otieno (camera)");
        assertThat(row.get("duration")).isEqualTo("1:35");
        assertThat(row.get("original_language")).isEqualTo("sw");
        assertThat(row.get("subtitles")).isEqualTo("fr");
        assertThat(rows.get(1).get("country")).isEqualTo("PE");
        assertThat(rows.get(1).get("subtitles")).isEmpty();
    }

    @Test
    void theProgrammeAloneIsTheSameSheetWithoutTheFilms() throws IOException {
        StringBuilder alone = new StringBuilder();
        winners.writeProgramme(scenario.organiser(), scenario.edition().id(), line -> line.kind() + " " + line.title(),
                alone);

        assertThat("\uFEFF" + alone).isEqualTo(new String(unzip(write()).get("programme.csv"), StandardCharsets.UTF_8));
        assertThat(audit.findByEditionIdOrderByAt(scenario.edition().id()))
                .filteredOn(e -> e.action().equals("entry.original.download")).hasSize(2);
    }

    @Test
    void everyOriginalTakenOutIsRecordedAndJurorsGetNothing() {
        write();

        assertThat(audit.findByEditionIdOrderByAt(scenario.edition().id()))
                .filteredOn(e -> e.action().equals("entry.original.download")).hasSize(2);
        assertThatThrownBy(() -> winners.write(scenario.juror("ana"), scenario.edition().id(),
                line -> line.title(), new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void folderNamesAreSafeOnAnyDiskAndKeepTheirAlphabet() {
        assertThat(WinnersPackage.folder(3, "YI-2027-7KQ4M", "Home / away: \"why?\"."))
                .isEqualTo("03 YI-2027-7KQ4M Home away why");
        assertThat(WinnersPackage.folder(12, "YI-2027-7KQ4M", "الطريق إلى البيت"))
                .isEqualTo("12 YI-2027-7KQ4M الطريق إلى البيت");
        assertThat(WinnersPackage.folder(1, "YI-2027-7KQ4M", "???")).isEqualTo("01 YI-2027-7KQ4M");
    }

    private byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        winners.write(scenario.organiser(), scenario.edition().id(), line -> line.kind() + " " + line.title(), out);
        return out.toByteArray();
    }

    private byte[] original(Entry film, int size) {
        byte[] bytes = new byte[size];
        new Random(film.id()).nextBytes(bytes);
        String key = "entries/" + film.reference() + "/original/test-" + film.id();
        objects.put(key, new ByteArrayInputStream(bytes), bytes.length, "video/mp4");
        assets.save(new MediaAsset(null, film.id(), MediaAsset.Kind.ORIGINAL, "", key, "video/mp4", bytes.length,
                null, null, null, null, null, null, null));
        return bytes;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
