package org.youthimages.storage.submission;

import java.security.SecureRandom;

/**
 * Readable entry references such as {@code YI-2027-7KQ4M}: the edition's year and five characters from an
 * alphabet without the look-alikes 0/O, 1/I/L and U/V, so a reference read aloud or typed from paper comes out right.
 */
public final class ReferenceCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceCodes() {
    }

    public static String next(int year) {
        StringBuilder code = new StringBuilder("YI-").append(year).append('-');
        for (int i = 0; i < 5; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
