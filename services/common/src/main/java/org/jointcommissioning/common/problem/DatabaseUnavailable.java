package org.jointcommissioning.common.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach the database (down, restarting, refusing connections, the pool unable to get one in time)
 * from a fault of ours: the first is a 503 that the caller may retry, the second a 500.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (cause instanceof SQLException sql && unreachable(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        // 08: connection exceptions; 57P01-03: the server shutting down, crashed or starting; 53300: too many
        // connections; 55000 with this message: the database refuses connections (ALLOW_CONNECTIONS false).
        return state.startsWith("08") || state.startsWith("57P") || state.equals("53300")
                || (state.equals("55000") && message.contains("not currently accepting connections"))
                // Agroal, when no connection could be had in time.
                || message.startsWith("Acquisition timeout");
    }
}
