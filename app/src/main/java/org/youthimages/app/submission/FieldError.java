package org.youthimages.app.submission;

/** One problem with one field of a form, already in the reader's language; {@code field} is the input's id. */
public record FieldError(String field, String message) {
}
