package org.youthimages.storage.account;

/** A new password that {@link PasswordPolicy} refuses, with the reason as a code pages translate. */
public class InvalidPasswordException extends RuntimeException {

    public enum Problem { TOO_SHORT, TOO_LONG, TOO_GUESSABLE }

    private final Problem problem;

    public InvalidPasswordException(Problem problem) {
        super("The password is refused: " + problem);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
