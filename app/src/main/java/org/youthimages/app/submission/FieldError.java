package org.youthimages.app.submission;

import io.micronaut.core.annotation.Nullable;

/**
 * One problem with one field of a form, already in the reader's language: {@code field} is the input's id,
 * {@code label} what the error summary calls the field (null when the message names it already).
 */
public record FieldError(String field, @Nullable String label, String message) {
}
