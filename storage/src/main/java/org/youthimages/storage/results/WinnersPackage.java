package org.youthimages.storage.results;

import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVPrinter;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.edition.Ages;
import org.youthimages.storage.entry.FilmLength;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.entry.OriginalFilms;
import org.youthimages.storage.entry.PersonNames;
import org.youthimages.storage.export.SafeCsv;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.sql.Jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What a festival team needs to screen the winners, in one ZIP: a folder for each awarded film, in the order of the
 * awards, with the file its entrant uploaded and its subtitle tracks, and a programme sheet ({@code programme.csv})
 * with what the presenter reads out: the awards, the title, who made it, from where and at what age, its length,
 * languages and synopsis. Films go in as they are (they are compressed already); each original taken out is recorded
 * in the audit log, as a single download is.
 */
@Singleton
public class WinnersPackage {

    /** An awarded film, the folder it gets in the package, and its subtitle tracks (by language). */
    public record Film(long entryId, String reference, String title, List<AwardDecisions.Line> awards, String folder,
                       List<MediaAsset> subtitles) {
    }

    private record Programme(String category, String entrant, String country, Integer age, Long durationMs,
                             String originalLanguage, String synopsis) {
    }

    private final AccessRules access;
    private final AwardDecisions awards;
    private final OriginalFilms originals;
    private final MediaAssetRepository assets;
    private final ObjectStore objects;
    private final Jdbc jdbc;

    WinnersPackage(AccessRules access, AwardDecisions awards, OriginalFilms originals, MediaAssetRepository assets,
                   ObjectStore objects, Jdbc jdbc) {
        this.access = access;
        this.awards = awards;
        this.originals = originals;
        this.assets = assets;
        this.objects = objects;
        this.jdbc = jdbc;
    }

    /** The awarded films, each once (a film may win more than one award), in the order of their first award. */
    public List<Film> films(ActingAccount organiser, long editionId) {
        access.requireOrganiser(organiser);
        return films(awards.ofEdition(organiser, editionId));
    }

    private List<Film> films(List<AwardDecisions.Line> decided) {
        Map<Long, List<AwardDecisions.Line>> byFilm = new LinkedHashMap<>();
        for (AwardDecisions.Line line : decided) {
            byFilm.computeIfAbsent(line.entryId(), id -> new ArrayList<>()).add(line);
        }
        List<Film> films = new ArrayList<>();
        for (List<AwardDecisions.Line> won : byFilm.values()) {
            AwardDecisions.Line first = won.getFirst();
            films.add(new Film(first.entryId(), first.reference(), first.film(), List.copyOf(won),
                    folder(films.size() + 1, first.reference(), first.film()),
                    assets.findByEntryIdAndKind(first.entryId(), MediaAsset.Kind.SUBTITLE).stream()
                            .sorted(Comparator.comparing(MediaAsset::label)).toList()));
        }
        return films;
    }

    /** How many films the package holds and their bytes, subtitles included: what the download weighs, near enough. */
    public record Size(int films, long bytes) {
    }

    /**
     * The package's size before it is made, for the organiser to know what they are about to download.
     *
     * @param decided the edition's awards, as {@link AwardDecisions#ofEdition} gives them to the screen that asks
     */
    public Size size(ActingAccount organiser, List<AwardDecisions.Line> decided) {
        access.requireOrganiser(organiser);
        List<Film> films = films(decided);
        long bytes = 0;
        for (Film film : films) {
            bytes += assets.findByEntryIdAndKindAndLabel(film.entryId(), MediaAsset.Kind.ORIGINAL, "")
                    .map(MediaAsset::sizeBytes).orElse(0L);
            bytes += film.subtitles().stream().mapToLong(MediaAsset::sizeBytes).sum();
        }
        return new Size(films.size(), bytes);
    }

    /**
     * Writes the package as a ZIP to {@code out}, which stays open.
     *
     * @param awardName how an award reads on the programme, in the organiser's language
     */
    public void write(ActingAccount organiser, long editionId, Function<AwardDecisions.Line, String> awardName,
                      OutputStream out) {
        List<Film> films = films(organiser, editionId);
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.setLevel(Deflater.NO_COMPRESSION);
            zip.putNextEntry(new ZipEntry("programme.csv"));
            Writer programme = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            programme.write('\uFEFF'); // so that spreadsheets read accents right
            printProgramme(films, awardName, programme);
            zip.closeEntry();
            for (Film film : films) {
                var original = originals.of(organiser, film.entryId());
                if (original.isPresent()) {
                    zip.putNextEntry(new ZipEntry(film.folder() + "/" + original.get().fileName()));
                    originals.write(organiser, original.get(), zip);
                    zip.closeEntry();
                }
                for (MediaAsset subtitle : film.subtitles()) {
                    zip.putNextEntry(new ZipEntry(film.folder() + "/" + film.reference() + "." + subtitle.label()
                            + ".vtt"));
                    try (InputStream in = objects.get(subtitle.objectKey())) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the winners' package of edition " + editionId, e);
        }
    }

    /** The programme sheet alone (CSV), for a booklet or a running order, without taking the films. */
    public void writeProgramme(ActingAccount organiser, long editionId, Function<AwardDecisions.Line, String> awardName,
                               Appendable out) {
        try {
            printProgramme(films(organiser, editionId), awardName, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the winners' programme of edition " + editionId, e);
        }
    }

    /** Prints the programme and flushes it; never closes {@code out} (a ZIP goes on after it). */
    private void printProgramme(List<Film> films, Function<AwardDecisions.Line, String> awardName, Appendable out)
            throws IOException {
        CSVPrinter csv = new CSVPrinter(out, SafeCsv.FORMAT);
        csv.printRecord("folder", "reference", "title", "awards", "category", "entrant", "country", "age", "team",
                "duration", "original_language", "subtitles", "synopsis");
        for (Film film : films) {
            Programme p = programme(film.entryId());
            csv.printRecord(film.folder(), film.reference(), SafeCsv.text(film.title()),
                    SafeCsv.text(String.join("; ", film.awards().stream().map(awardName).toList())),
                    SafeCsv.text(p.category()), SafeCsv.text(p.entrant()), p.country(), p.age() == null ? "" : p.age(),
                    SafeCsv.text(String.join(", ", team(film.entryId()))), FilmLength.of(p.durationMs()),
                    p.originalLanguage(), String.join(" ", film.subtitles().stream().map(MediaAsset::label).toList()),
                    SafeCsv.text(p.synopsis()));
        }
        csv.flush();
    }

    private Programme programme(long entryId) {
        return jdbc.one("""
                select coalesce(c.name, '') as category, p.given_name, p.family_name,
                       coalesce(p.country_code, '') as country, p.date_of_birth, ed.age_cutoff_date,
                       e.duration_ms, coalesce(e.original_language, '') as language, e.synopsis
                  from entry e join edition ed on ed.id = e.edition_id
                  left join age_category c on c.id = e.age_category_id
                  left join person p on p.entry_id = e.id and p.role = 'ENTRANT'
                 where e.id = ?""",
                rs -> new Programme(rs.getString("category"), PersonNames.full(rs.getString("given_name"),
                        rs.getString("family_name")), rs.getString("country"), age(rs),
                        Jdbc.nullableLong(rs, "duration_ms"), rs.getString("language"), rs.getString("synopsis")),
                entryId).orElseThrow();
    }

    /** "Layla Haddad (camera)", for each team member whose data is not erased. */
    private List<String> team(long entryId) {
        return jdbc.list("""
                select given_name, family_name, team_role from person
                 where entry_id = ? and role = 'TEAM_MEMBER' and erased_at is null order by id""",
                rs -> PersonNames.full(rs.getString(1), rs.getString(2))
                        + (rs.getString(3) == null || rs.getString(3).isBlank() ? "" : " (" + rs.getString(3) + ")"),
                entryId);
    }

    /** The entrant's age at the edition's cut-off date, as the contest counts it; none once erased. */
    private static Integer age(ResultSet rs) throws SQLException {
        LocalDate born = rs.getObject("date_of_birth", LocalDate.class);
        return born == null ? null : Ages.ageOn(born, rs.getObject("age_cutoff_date", LocalDate.class));
    }

    /** "01 YI-2027-7KQ4M Paper Boats": in award order, and safe as a folder name on any disk. */
    static String folder(int number, String reference, String title) {
        String safe = title.replaceAll("[\\p{Cntrl}<>:\"/\\\\|?*]", " ").replaceAll("\\s+", " ").strip();
        if (safe.length() > 60) {
            safe = safe.substring(0, 60).strip();
        }
        safe = safe.replaceAll("[. ]+$", "");
        return "%02d %s%s".formatted(number, reference, safe.isEmpty() ? "" : " " + safe);
    }
}
