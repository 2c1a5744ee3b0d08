package org.youthimages.transcoder.media;

/** Hears how far the pipeline has come: the analysis pass, then the share of the film's duration encoded. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (phase, percent) -> { };

    /**
     * @param phase   {@link #ANALYSING} or {@link #ENCODING}
     * @param percent 0 to 100 within the phase
     */
    void report(String phase, double percent);

    String ANALYSING = "analysing";
    String ENCODING = "encoding";
}
