package org.youthimages.app.gallery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.youthimages.app.i18n.Formats;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.i18n.Messages;
import org.youthimages.app.site.SubtitleTrack;
import org.youthimages.app.submission.FormChoices;
import org.youthimages.storage.publication.Gallery;
import org.youthimages.storage.publication.PublicSiteLinks;

import java.math.BigDecimal;
import java.util.List;

/** The gallery's winners as the pages, the Open Graph tags and the JSON feed show them, in the reader's language. */
@Singleton
class GalleryViews {

    /** A winner on a page: names in the reader's language and the addresses of its page and media. */
    record WinnerView(long entryId, String title, String synopsis, String name, String country, String category,
                      List<String> awards, @Nullable BigDecimal duration, String page, @Nullable String poster,
                      List<Gallery.Media> renditions, List<SubtitleTrack> subtitles, String slug) {

        public String media(Gallery.Media media) {
            return PublicSiteLinks.galleryMediaPath(slug, media.assetId());
        }
    }

    /** Open Graph and Twitter card tags: absolute addresses, as sharing sites need them. */
    record OpenGraph(String title, String description, String url, @Nullable String image, @Nullable String video,
                     String locale, String type) {
    }

    @Serdeable
    record FeedIndex(String name, String description, List<FeedEdition> editions) {
    }

    @Serdeable
    record FeedEdition(String edition, String slug, int year, String publishedAt, String page, String feed) {
    }

    @Serdeable
    record Feed(String edition, String slug, int year, String publishedAt, String language, String page,
                List<FeedWinner> winners) {
    }

    @Serdeable
    record FeedWinner(String title, String synopsis, String name, @Nullable String country,
                      @Nullable String countryName, @Nullable String category, List<FeedAward> awards, String page,
                      @Nullable String poster, List<FeedVideo> videos) {
    }

    @Serdeable
    record FeedAward(String kind, String name) {
    }

    @Serdeable
    record FeedVideo(String url, String type, @Nullable Integer width, @Nullable Integer height) {
    }

    private final Messages messages;
    private final PublicSiteLinks site;
    private final Gallery gallery;

    GalleryViews(Messages messages, PublicSiteLinks site, Gallery gallery) {
        this.messages = messages;
        this.site = site;
        this.gallery = gallery;
    }

    List<WinnerView> winners(Gallery.Page page, Language language) {
        return page.winners().stream().map(w -> winner(page, w, language)).toList();
    }

    WinnerView winner(Gallery.Page page, Gallery.Winner w, Language language) {
        String slug = page.edition().slug();
        return new WinnerView(w.entryId(), w.title(), w.synopsis(), w.name(), country(w, language),
                w.category() == null ? "" : w.category(), w.awards().stream().map(a -> award(a, language)).toList(),
                w.durationMs() == null ? null : new Formats(language).minutes((int) (w.durationMs() / 1000)),
                PublicSiteLinks.galleryFilmPath(slug, w.entryId()),
                w.poster().map(p -> PublicSiteLinks.galleryMediaPath(slug, p.assetId())).orElse(null), playOrder(w),
                subtitles(w, slug, language), slug);
    }

    private static List<SubtitleTrack> subtitles(Gallery.Winner w, String slug, Language language) {
        return w.subtitles().stream()
                .map(t -> SubtitleTrack.of(PublicSiteLinks.galleryMediaPath(slug, t.assetId()), t.label(), language))
                .toList();
    }

    OpenGraph openGraph(Gallery.Page page, @Nullable Gallery.Winner winner, Language language) {
        String slug = page.edition().slug();
        Gallery.Winner shown = winner != null ? winner : page.winners().stream().findFirst().orElse(null);
        String image = shown == null ? null : shown.poster()
                .map(p -> site.url(PublicSiteLinks.galleryMediaPath(slug, p.assetId()))).orElse(null);
        String video = shown == null ? null : shown.renditions().stream().reduce((a, b) -> b)
                .map(r -> site.url(PublicSiteLinks.galleryMediaPath(slug, r.assetId()))).orElse(null);
        if (winner == null) {
            return new OpenGraph(messages.get(language, "gallery.title", page.edition().name()),
                    messages.get(language, "gallery.description", page.edition().name(), page.winners().size()),
                    site.gallery(slug), image, null, ogLocale(language), "website");
        }
        String description = winner.synopsis().isBlank()
                ? messages.get(language, "gallery.description", page.edition().name(), page.winners().size())
                : winner.synopsis();
        return new OpenGraph(winner.title() + " · " + String.join(", ", winner.awards().stream()
                .map(a -> award(a, language)).toList()), description,
                site.url(PublicSiteLinks.galleryFilmPath(slug, winner.entryId())), image, video, ogLocale(language),
                "video.other");
    }

    FeedIndex feeds(Language language) {
        return new FeedIndex(messages.get(language, "site.name"), messages.get(language, "gallery.feedDescription"),
                gallery.published(language.code()).stream().map(p -> new FeedEdition(p.name(), p.slug(), p.year(),
                        p.publishedAt().toString(), site.gallery(p.slug()),
                        site.url(PublicSiteLinks.galleryFeedPath(p.slug())))).toList());
    }

    Feed feed(Gallery.Page page, Language language) {
        String slug = page.edition().slug();
        return new Feed(page.edition().name(), slug, page.edition().year(), page.edition().publishedAt().toString(),
                language.code(), site.gallery(slug), page.winners().stream().map(w -> new FeedWinner(
                w.title(), w.synopsis(), w.name(), w.countryCode(), w.countryCode() == null ? null : country(w, language),
                w.category(), w.awards().stream().map(a -> new FeedAward(a.kind(), a.name())).toList(),
                site.url(PublicSiteLinks.galleryFilmPath(slug, w.entryId())),
                w.poster().map(p -> site.url(PublicSiteLinks.galleryMediaPath(slug, p.assetId()))).orElse(null),
                w.renditions().stream().map(r -> new FeedVideo(site.url(PublicSiteLinks.galleryMediaPath(slug, r.assetId())),
                        r.contentType(), r.width(), r.height())).toList())).toList());
    }

    /** The rendition nearest 480 lines first: the browser plays the first it can, and most readers are on phones. */
    private static List<Gallery.Media> playOrder(Gallery.Winner w) {
        return w.renditions().stream().sorted(java.util.Comparator.comparingInt(r -> Math.abs((r.height() == null
                ? 480 : r.height()) - 480))).toList();
    }

    private String award(Gallery.WinnerAward award, Language language) {
        return messages.get(language, "gallery.award." + award.kind(), award.name());
    }

    private static String country(Gallery.Winner w, Language language) {
        return w.countryCode() == null ? "" : FormChoices.countryName(w.countryCode(), language);
    }

    private static String ogLocale(Language language) {
        return switch (language) {
            case EN -> "en_GB";
            case FR -> "fr_FR";
            case ES -> "es_ES";
            case AR -> "ar_AR";
            case ZH -> "zh_CN";
            case RU -> "ru_RU";
        };
    }
}
