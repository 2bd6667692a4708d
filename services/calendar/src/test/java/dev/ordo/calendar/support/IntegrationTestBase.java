package dev.ordo.calendar.support;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** What every integration test of the service has at hand: the API, the world around it, the broker. */
@CalendarIntegrationTest
public abstract class IntegrationTestBase {

    @LocalServerPort
    protected int port;

    @Autowired
    protected KafkaTemplate<String, String> kafka;

    @Autowired
    protected EventCodec codec;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected EmbeddedKafkaBroker broker;

    protected Api api;
    protected Others others;

    @BeforeEach
    void setUpWorld() {
        api = Api.on(port);
        others = new Others(kafka, codec, jdbc);
    }
}
