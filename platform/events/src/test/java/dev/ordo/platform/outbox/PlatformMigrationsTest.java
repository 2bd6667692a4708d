package dev.ordo.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.testsupport.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** ADR 0021: a service's copy of a migration the platform took over may be gone; nothing else may. */
class PlatformMigrationsTest {

    private static final String THINGS = "create table thing (id text primary key);";
    private static final String SCHEDULED_TASKS_COPY = """
            create table scheduled_tasks (
                task_name text not null, task_instance text not null, task_data bytea,
                execution_time timestamp with time zone not null, picked boolean not null, picked_by text,
                last_success timestamp with time zone, last_failure timestamp with time zone,
                consecutive_failures integer, last_heartbeat timestamp with time zone, version bigint not null,
                priority smallint, primary key (task_name, task_instance));
            """;

    @TempDir
    Path migrations;

    @Test
    void a_fresh_database_gets_the_scheduled_tasks_table_from_the_platform() throws IOException {
        DriverManagerDataSource database = database("pm_fresh");
        Path now = service("now", List.of("V1__things.sql", THINGS));

        PlatformMigrations.migrate(flyway(database, now));

        assertThat(tables(database)).contains("thing", "scheduled_tasks", "outbox_event", "processed_event");
    }

    @Test
    void a_database_that_applied_the_services_own_scheduled_tasks_migration_still_migrates() throws IOException {
        DriverManagerDataSource database = database("pm_retired");
        Path then = service("then", List.of("V1__things.sql", THINGS, "V2__scheduled_tasks.sql", SCHEDULED_TASKS_COPY));
        flyway(database, then).migrate();
        Path now = service(
                "now", List.of("V1__things.sql", THINGS, "V3__more_things.sql", "create table more_thing (id text);"));

        PlatformMigrations.migrate(flyway(database, now));

        assertThat(tables(database)).contains("more_thing", "scheduled_tasks", "outbox_event");
        assertThat(JdbcClient.create(database)
                        .sql("select script from flyway_schema_history where success order by installed_rank")
                        .query(String.class)
                        .list())
                .as("the service's history keeps what it applied")
                .containsExactly("V1__things.sql", "V2__scheduled_tasks.sql", "V3__more_things.sql");
    }

    @Test
    void any_other_applied_migration_that_is_gone_still_stops_the_service() throws IOException {
        DriverManagerDataSource database = database("pm_missing");
        Path then = service(
                "then",
                List.of("V1__things.sql", THINGS, "V2__other_things.sql", "create table other_thing (id text);"));
        flyway(database, then).migrate();
        Path now = service(
                "now", List.of("V1__things.sql", THINGS, "V3__more_things.sql", "create table more_thing (id text);"));

        assertThatThrownBy(() -> PlatformMigrations.migrate(flyway(database, now)))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("not resolved locally");
    }

    @Test
    void a_platform_module_a_service_gains_later_is_migrated_though_its_number_is_below_the_newest_applied()
            throws IOException {
        DriverManagerDataSource database = database("pm_out_of_order");
        Path before = service(
                "platform-before",
                List.of("V1__a.sql", "create table a (id text);", "V5__e.sql", "create table e (id text);"));
        PlatformMigrations.migratePlatform(database, "filesystem:" + before);
        Path after = service(
                "platform-after",
                List.of(
                        "V1__a.sql",
                        "create table a (id text);",
                        "V4__d.sql",
                        "create table d (id text);",
                        "V5__e.sql",
                        "create table e (id text);"));

        PlatformMigrations.migratePlatform(database, "filesystem:" + after);

        assertThat(tables(database)).contains("a", "d", "e");
    }

    private Path service(String name, List<String> scriptsAndContents) throws IOException {
        Path dir = Files.createDirectories(migrations.resolve(name));
        for (int i = 0; i < scriptsAndContents.size(); i += 2) {
            Files.writeString(dir.resolve(scriptsAndContents.get(i)), scriptsAndContents.get(i + 1));
        }
        return dir;
    }

    private static Flyway flyway(DriverManagerDataSource database, Path location) {
        return Flyway.configure()
                .dataSource(database)
                .locations("filesystem:" + location)
                .load();
    }

    private static DriverManagerDataSource database(String name) {
        return new DriverManagerDataSource(
                TestPostgres.freshDatabaseUrl(name), TestPostgres.USER, TestPostgres.PASSWORD);
    }

    private static List<String> tables(DriverManagerDataSource database) {
        return JdbcClient.create(database)
                .sql("select table_name from information_schema.tables where table_schema = 'public'")
                .query(String.class)
                .list();
    }
}
