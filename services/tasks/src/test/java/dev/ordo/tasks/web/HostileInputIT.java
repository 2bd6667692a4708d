package dev.ordo.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import dev.ordo.testsupport.Api;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * The platform's input rules on the real service and its real database: what once answered 500 (PostgreSQL
 * refusing a NUL byte, a date it cannot store) is a 400 problem; actuator lives on the management port only.
 */
class HostileInputIT extends IntegrationTestBase {

    @LocalManagementPort
    int managementPort;

    TestUser ann;
    UUID work;

    @BeforeEach
    void setUp() {
        ann = world.user("Europe/Zurich");
        work = world.project(ann, "Work");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"title\":\"Call\\u0000Bob\"}",
                "{\"title\":\"Call Bob\",\"description\":\"\\u0000\"}",
                "{\"title\":\"Call Bob\",\"labels\":[\"ph\\u0000one\"]}",
                "{\"title\":\"Call \\ud800Bob\"}",
                "{\"title\":\"Call Bob\",\"labels\":[null]}",
                "{\"title\":\"Call Bob\",\"deadline\":\"+999999-01-01\"}",
                "{\"title\":\"Call Bob\",\"due\":{\"date\":\"+999999-01-01\"}}",
                "{\"title\":\"Call Bob\",\"title\":\"Call Ann\"}"
            })
    void a_task_with_hostile_input_is_a_400_problem(String body) {
        Api.Response response =
                api.post("/api/v1/tasks", ann.token(), body.replace("}", ",\"projectId\":\"" + work + "\"}"));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("requestId").asString()).isNotBlank();
    }

    @Test
    void a_nul_in_a_query_parameter_is_a_400_problem() {
        for (String query : new String[] {"?label=%00", "?filter=%23Work%00", "?cursor=%00"}) {
            Api.Response response = api.get("/api/v1/tasks" + query, ann.token());

            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void actuator_answers_only_on_the_management_port() {
        assertThat(managementPort).isNotEqualTo(port).isNotEqualTo(9183);
        assertThat(Api.on(managementPort)
                        .get("/actuator/health/readiness", null)
                        .status())
                .isEqualTo(200);
        assertThat(Api.on(managementPort).get("/actuator/prometheus", null).status())
                .isEqualTo(200);

        Api.Response onThePublicPort = api.get("/actuator/prometheus", ann.token());
        assertThat(onThePublicPort.status()).isEqualTo(404);
        assertThat(onThePublicPort.body()).doesNotContain("static resource");
    }
}
