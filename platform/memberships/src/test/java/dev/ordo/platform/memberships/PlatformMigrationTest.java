package dev.ordo.platform.memberships;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A service that never had the tables gets them from the platform's migrations alone. */
class PlatformMigrationTest {

    @Test
    void a_fresh_database_gets_the_replica_tables_and_the_index_on_members() {
        DriverManagerDataSource database = new DriverManagerDataSource(
                TestPostgres.freshDatabaseUrl("memberships_fresh"), TestPostgres.USER, TestPostgres.PASSWORD);

        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/platform")
                .table("flyway_platform_history")
                .load()
                .migrate();

        JdbcClient jdbc = JdbcClient.create(database);
        assertThat(jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
                        .query(String.class)
                        .list())
                .contains("project_replica", "project_tombstone", "membership", "membership_tombstone");
        assertThat(jdbc.sql("select indexname from pg_indexes where tablename = 'membership'")
                        .query(String.class)
                        .list())
                .contains("membership_user");
    }
}
