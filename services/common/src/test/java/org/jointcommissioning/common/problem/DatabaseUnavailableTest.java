package org.jointcommissioning.common.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUnavailableTest {

    @Test
    void aDatabaseThatRefusesConnectionsIsUnavailable() {
        SQLException refused = new SQLException("FATAL: database \"budgets\" is not currently accepting connections", "55000");
        assertTrue(DatabaseUnavailable.causes(new RuntimeException("Unable to acquire JDBC Connection", refused)));
    }

    @Test
    void aConnectionLostOrAServerShuttingDownIsUnavailable() {
        assertTrue(DatabaseUnavailable.causes(new IllegalStateException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseUnavailable.causes(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseUnavailable.causes(new SQLTransientConnectionException("gone")));
        assertTrue(DatabaseUnavailable.causes(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void anOrdinaryDatabaseErrorIsAFaultOfOurs() {
        assertFalse(DatabaseUnavailable.causes(new RuntimeException(new SQLException("syntax error", "42601"))));
        assertFalse(DatabaseUnavailable.causes(new SQLException("currval of sequence is not yet defined", "55000")));
        assertFalse(DatabaseUnavailable.causes(new NullPointerException()));
    }
}
