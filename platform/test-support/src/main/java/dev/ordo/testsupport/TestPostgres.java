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
 * {@code ./ordo up}. Host, port and (admin) user can be changed with ORDO_TEST_PG_HOST/PORT/USER, and the
 * prefix with ORDO_TEST_DB_PREFIX (two test runs at once on one machine each take their own).
 *
 * <p>Like under {@code ./ordo up}, a service connects as its own role, named like its database
 * ({@link #role}), that no other role may connect to: the database belongs to that role, or to a separate
 * owner role when the service migrates as one (audit), and then the service's role may only connect.
 * The roles have the admin's password (none under local trust authentication).
 */
public final class TestPostgres {

    public static final String HOST = env("ORDO_TEST_PG_HOST", "127.0.0.1");
    public static final String PORT = env("ORDO_TEST_PG_PORT", "5432");
    /** The admin user that creates the databases and roles (a superuser). */
    public static final String USER = env("ORDO_TEST_PG_USER", "postgres");

    public static final String PASSWORD = env("ORDO_TEST_PG_PASSWORD", "");
    /** Every test database's name starts with it; {@code ordo_test_} unless ORDO_TEST_DB_PREFIX says otherwise. */
    public static final String DB_PREFIX = env("ORDO_TEST_DB_PREFIX", "ordo_test_");

    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    private TestPostgres() {}

    /** Drops and creates {@code ordo_test_<name>}, owned by its {@link #role}, the first time it is asked for. */
    public static String freshDatabaseUrl(String name) {
        return freshDatabaseUrl(name, role(name));
    }

    /**
     * Drops and creates {@code ordo_test_<name>} the first time it is asked for in this JVM, owned by
     * {@code owner}; the database's {@link #role} may connect to it, no other role but the owner may.
     */
    public static String freshDatabaseUrl(String name, String owner) {
        String database = database(name);
        String role = role(name);
        if (CREATED.add(database)) {
            try (Connection c = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
                    Statement s = c.createStatement()) {
                ensureRole(s, role);
                if (!owner.equals(role)) {
                    ensureRole(s, owner);
                }
                s.execute("drop database if exists " + database + " with (force)");
                s.execute("create database " + database + " owner " + quoted(owner));
                s.execute("revoke connect, temporary on database " + database + " from public");
                s.execute("grant connect on database " + database + " to " + quoted(role));
            } catch (SQLException e) {
                CREATED.remove(database);
                throw new IllegalStateException(
                        "PostgreSQL at " + HOST + ":" + PORT + " is needed for the tests. "
                                + "Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
                        e);
            }
        }
        return url(database);
    }

    /** The role a service using database {@code ordo_test_<name>} connects as: the database's own name. */
    public static String role(String name) {
        return database(name);
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String database(String name) {
        return DB_PREFIX + name.toLowerCase().replaceAll("[^a-z0-9_]", "_");
    }

    /** A login role with no special powers, created if missing (roles outlive the databases). */
    private static void ensureRole(Statement s, String role) throws SQLException {
        if (!role.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a role name Ordo's tests create: " + role);
        }
        s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then "
                + "create role " + quoted(role) + " login; end if; "
                + "exception when duplicate_object or unique_violation then null; end $$");
        s.execute("alter role " + quoted(role) + " login nosuperuser nocreatedb nocreaterole"
                + (PASSWORD.isEmpty() ? "" : " password '" + PASSWORD.replace("'", "''") + "'"));
    }

    private static String quoted(String identifier) {
        return '"' + identifier + '"';
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
