package org.youthimages.storage.account;

/** What a new password must be: long enough to resist guessing, not absurdly long, not the email itself. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    /** Throws {@link InvalidPasswordException} naming the problem, so the page can say it in the user's language. */
    static void check(String password, String email) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new InvalidPasswordException(InvalidPasswordException.Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            throw new InvalidPasswordException(InvalidPasswordException.Problem.TOO_LONG);
        }
        if (password.strip().equalsIgnoreCase(email) || password.codePoints().distinct().count() == 1) {
            throw new InvalidPasswordException(InvalidPasswordException.Problem.TOO_GUESSABLE);
        }
    }
}
