package org.youthimages.storage.upload;

/** A request on an upload that cannot be carried out; {@link #problem()} says why, the message says it to people. */
public class UploadRefusedException extends RuntimeException {

    private final UploadProblem problem;

    public UploadRefusedException(UploadProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public UploadProblem problem() {
        return problem;
    }
}
