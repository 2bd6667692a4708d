package dev.ordo.search.engine.postgres;

import dev.ordo.search.engine.SearchEngine;
import dev.ordo.search.engine.SearchEngineContract;
import dev.ordo.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The engine contract on PostgreSQL: a fresh database of its own, migrated as the service's role would be. */
class PostgresSearchEngineIT extends SearchEngineContract {

    private static SearchEngine engine;

    @BeforeAll
    static void database() {
        String name = "search_engine";
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                TestPostgres.freshDatabaseUrl(name), TestPostgres.role(name), TestPostgres.PASSWORD);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        engine = new PostgresSearchEngine(JdbcClient.create(dataSource));
    }

    @Override
    protected SearchEngine engine() {
        return engine;
    }
}
