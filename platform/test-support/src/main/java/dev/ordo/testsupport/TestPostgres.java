package dev.ordo.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The machine's PostgreSQL, as tests use it: each test database is {@code ordo_test_<name>}, created
 * fresh once per test JVM, so tests never touch the {@code ordo_<service>} databases of a running
 * {@code ./ordo up}. Host, port and user can be changed with ORDO_TEST_PG_HOST/PORT/USER, and the prefix
 * with ORDO_TEST_DB_PREFIX (two test runs at once on one machine each take their own).
 */
public final class TestPostgres {

    public static final String HOST = env("ORDO_TEST_PG_HOST", "127.0.0.1");
    public static final String PORT = env("ORDO_TEST_PG_PORT", "5432");
    public static final String USER = env("ORDO_TEST_PG_USER", "postgres");
    public static final String PASSWORD = env("ORDO_TEST_PG_PASSWORD", "");
    /** Every test database's name starts with it; {@code ordo_test_} unless ORDO_TEST_DB_PREFIX says otherwise. */
    public static final String DB_PREFIX = env("ORDO_TEST_DB_PREFIX", "ordo_test_");

    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    private TestPostgres() {
    }

    /** Drops and creates {@code ordo_test_<name>} the first time it is asked for in this JVM. */
    public static String freshDatabaseUrl(String name) {
        String database = DB_PREFIX + name.toLowerCase().replaceAll("[^a-z0-9_]", "_");
        if (CREATED.add(database)) {
            try (Connection c = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
                 Statement s = c.createStatement()) {
                s.execute("drop database if exists " + database + " with (force)");
                s.execute("create database " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + " is needed for the tests. "
                        + "Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
            }
        }
        return url(database);
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
