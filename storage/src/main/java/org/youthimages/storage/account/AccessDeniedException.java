package org.youthimages.storage.account;

/**
 * The acting account may not do this, or may not see this. The message is for logs; pages show a generic
 * "not available to you" so that nothing leaks about what exists.
 */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
