package org.youthimages.storage.judging;

/** An age category present in a juror's queue, with how many films of it are there. */
public record CategoryCount(long ageCategoryId, String name, int films) {
}
