package dev.ordo.comments.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.testsupport.Api;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** What every integration test of the service has at hand: the API, the world around it, the broker. */
@CommentsIntegrationTest
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

    /** A new comment on the task, answered 201 (or the test fails saying what came instead). */
    protected Api.Response commentOnTask(Person author, UUID taskId, String text) {
        Api.Response r = api.post("/api/v1/comments", author.token(), Bodies.body("taskId", taskId, "text", text));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r;
    }
}
