package dev.ordo.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.gateway.support.GatewayTestSupport;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No ordo.gateway.web.dir and nothing in classpath:/static/: the pages say so, as a problem, never a 500. */
class WebAppNotBuiltIT extends GatewayTestSupport {

    @Test
    void thePagesAreA404ProblemSayingTheAppIsNotBuilt() {
        for (String path : List.of("/", "/today", "/projects/123")) {
            HttpResponse<String> response =
                    send(request(path).header("Accept", "text/html,*/*;q=0.8").GET());

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json(response).path("detail").asString()).as(path).contains("not built");
            assertThat(json(response).path("requestId").asString())
                    .as(path)
                    .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        }
    }

    @Test
    void anAssetIsA404Problem() {
        HttpResponse<String> response = get("/assets/app-abc.js", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
}
