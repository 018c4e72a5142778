package org.jointcommissioning.common.inbox;

/** A message that can never be processed, however often it is retried: it belongs on the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }
}
