package dev.ordo.gateway.cors;

import dev.ordo.platform.web.Problems;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Spring's CORS checks, but a refused origin gets a 403 problem+json with the request id, like every error. */
class ProblemCorsProcessor extends DefaultCorsProcessor {

    private final JsonMapper jsonMapper;

    ProblemCorsProcessor(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        // the request id comes from the MDC: the request id filter runs before the security chain
        ProblemDetail problem = Problems.of(
                HttpStatus.FORBIDDEN,
                "This origin, method or header is not allowed to call the Ordo API from a browser.",
                null);
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getBody().write(jsonMapper.writeValueAsBytes(problem));
        response.flush();
    }
}
