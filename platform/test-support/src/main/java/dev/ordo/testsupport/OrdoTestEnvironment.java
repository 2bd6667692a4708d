package dev.ordo.testsupport;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Points a service under test at its own fresh database ({@code ordo_test_<spring.application.name>}),
 * which it reaches as its own role (see {@link TestPostgres}), Redis database 1, the embedded Kafka broker
 * and the test JWKS. Nothing here touches what a running {@code ./ordo up} uses.
 */
public class OrdoTestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Services without a database (the gateway) get none. */
    private static final String JDBC_AUTO_CONFIGURATION =
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        String name = environment.getProperty(
                "ordo.test.database", environment.getProperty("spring.application.name", "service"));
        Map<String, Object> properties = new HashMap<>();
        if (ClassUtils.isPresent(JDBC_AUTO_CONFIGURATION, context.getClassLoader())) {
            String role = TestPostgres.role(name);
            properties.put("spring.datasource.url", TestPostgres.freshDatabaseUrl(name, migrator(environment, role)));
            properties.put("spring.datasource.username", role);
            properties.put("spring.datasource.password", TestPostgres.PASSWORD);
        }
        properties.put("spring.data.redis.host", TestRedis.HOST);
        properties.put("spring.data.redis.port", TestRedis.PORT);
        properties.put("spring.data.redis.database", TestRedis.DATABASE);
        properties.put("ordo.security.jwks-uri", TestJwks.get().jwksUri());
        if (environment.containsProperty("spring.embedded.kafka.brokers")) {
            properties.put("spring.kafka.bootstrap-servers", "${spring.embedded.kafka.brokers}");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("ordoTestEnvironment", properties));
    }

    /**
     * The role the service's migrations run as: its own, unless it names another ({@code spring.flyway.user}),
     * which it may derive from its own (audit: {@code ${spring.datasource.username}_owner}).
     */
    private static String migrator(ConfigurableEnvironment environment, String role) {
        String source = "ordoTestDatabaseRole";
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(source, Map.of("spring.datasource.username", role)));
        try {
            return environment.getProperty("spring.flyway.user", role);
        } finally {
            environment.getPropertySources().remove(source);
        }
    }
}
