package org.jointcommissioning.common.outbox;

/** Fired when a transaction wrote to the outbox, so the relay can send right after the commit. */
public record OutboxWritten() {
}
