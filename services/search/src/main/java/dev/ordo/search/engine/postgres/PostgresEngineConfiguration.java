package dev.ordo.search.engine.postgres;

import dev.ordo.search.engine.SearchEngine;
import dev.ordo.search.engine.SearchProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The PostgreSQL engine, unless {@code ordo.search.engine} names another (ADR 0033). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ordo.search.engine", havingValue = SearchProperties.POSTGRES, matchIfMissing = true)
class PostgresEngineConfiguration {

    @Bean
    SearchEngine postgresSearchEngine(JdbcClient jdbc) {
        return new PostgresSearchEngine(jdbc);
    }
}
