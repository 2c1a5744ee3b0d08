package org.youthimages.storage.testing;

import io.micronaut.context.ApplicationContext;
import org.youthimages.storage.entry.Consent;
import org.youthimages.storage.entry.ConsentRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;

import java.util.UUID;

/** Makes a test film publishable: a web rendition and a poster (rows only), and the consents the gallery needs. */
public final class SampleWinners {

    private final ApplicationContext context;

    public SampleWinners(ApplicationContext context) {
        this.context = context;
    }

    public void showable(Entry film) {
        MediaAssetRepository assets = context.getBean(MediaAssetRepository.class);
        assets.save(new MediaAsset(null, film.id(), MediaAsset.Kind.RENDITION, "480p", key(film, "480p.mp4"),
                "video/mp4", 1000, null, 854, 480, film.durationMs(), 900_000L, null, null));
        assets.save(new MediaAsset(null, film.id(), MediaAsset.Kind.POSTER, "w640", key(film, "w640.jpg"), "image/jpeg",
                100, null, 640, 360, null, null, null, null));
        consent(film, Person.Role.ENTRANT, Consent.Kind.SCREENING_AND_PUBLICATION);
    }

    /** The consent to show the entrant's full name, given by whoever must give it (the guardian for a minor). */
    public void fullNameAgreed(Entry film, Person.Role by) {
        consent(film, by, Consent.Kind.FULL_NAME_IN_GALLERY);
    }

    private void consent(Entry film, Person.Role by, Consent.Kind kind) {
        Person person = context.getBean(PersonRepository.class).findByEntryIdAndRole(film.id(), by).orElseThrow();
        context.getBean(ConsentRepository.class).save(new Consent(null, film.id(), person.id(), kind, "2027-1",
                "0".repeat(64), "en", null, null));
    }

    private static String key(Entry film, String name) {
        return "test/" + film.id() + "/" + UUID.randomUUID() + "/" + name;
    }
}
