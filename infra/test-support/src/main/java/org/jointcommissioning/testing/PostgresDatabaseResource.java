package org.jointcommissioning.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh database on the local PostgreSQL server for each test run, dropped afterwards. The server is
 * {@code TEST_PG_HOST}:{@code TEST_PG_PORT} (default 127.0.0.1:5432) as {@code TEST_PG_USER} (default postgres).
 * Init argument {@code database}: the prefix of the database name, usually the service's name.
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private String prefix = "test";
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("database", prefix);
    }

    @Override
    public Map<String, String> start() {
        database = prefix + "_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + database);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", user(),
                "quarkus.datasource.password", password());
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("drop database if exists " + database + " with (force)");
        }
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + env("TEST_PG_HOST", "127.0.0.1") + ":" + env("TEST_PG_PORT", "5432") + "/"
                + database;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + jdbcUrl("postgres") + " refused '" + sql
                    + "': " + e.getMessage() + ". Is the local server running (pg_ctlcluster 15 main start)?", e);
        }
    }

    private static String user() {
        return env("TEST_PG_USER", "postgres");
    }

    private static String password() {
        return env("TEST_PG_PASSWORD", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
