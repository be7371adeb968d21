package org.sitegen.serve;

/** A request the preview server answers with an error status and a one-line reason. */
final class RefusedRequest extends Exception {
    private final int status;

    RefusedRequest(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
