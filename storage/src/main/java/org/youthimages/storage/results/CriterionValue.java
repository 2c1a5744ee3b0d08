package org.youthimages.storage.results;

/** One criterion's score on a scorecard, with the criterion's weight and scale. */
public record CriterionValue(double weight, int scaleMin, int scaleMax, int value) {
}
