package org.youthimages.storage.upload;

/** The client stopped sending in the middle of a request; what arrived before is kept up to {@link #offset()}. */
public class ClientGoneException extends RuntimeException {

    private final long offset;

    public ClientGoneException(long offset, Throwable cause) {
        super("The client went away; the upload stands at " + offset + " bytes", cause);
        this.offset = offset;
    }

    public long offset() {
        return offset;
    }
}
