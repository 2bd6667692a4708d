package dev.ordo.identity.clients;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OAuth 2.0 token endpoint for services (RFC 6749 4.4, client credentials): {@code POST /oauth2/token},
 * form-encoded {@code grant_type=client_credentials} and optionally {@code scope}, the client authenticated
 * with HTTP Basic (2.3.1). Answers and errors are RFC 6749's JSON (5.1, 5.2), not problem+json, because
 * OAuth clients read them. Not routed by the gateway (which serves /api/v1/** and the JWKS): only services
 * on the internal network reach it. Not in the public OpenAPI document either.
 */
@RestController
@Hidden
class TokenEndpointController {

    private static final String BASIC = "basic ";

    private final ServiceClients clients;
    private final ServiceTokens tokens;

    TokenEndpointController(ServiceClients clients, ServiceTokens tokens) {
        this.clients = clients;
        this.tokens = tokens;
    }

    @PostMapping(
            path = "/oauth2/token",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> token(
            @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
        Optional<String> client = authenticate(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (client.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ordo-identity\"")
                    .cacheControl(CacheControl.noStore())
                    .body(error(
                            "invalid_client",
                            "Client authentication failed (HTTP Basic with the client id and secret)."));
        }
        if (repeated(form, "grant_type") || repeated(form, "scope")) {
            return badRequest("invalid_request", "A parameter is given more than once.");
        }
        if (!"client_credentials".equals(form.getFirst("grant_type"))) {
            return badRequest("unsupported_grant_type", "Only grant_type=client_credentials is supported.");
        }
        String scope = form.getFirst("scope");
        List<String> scopes = scope == null || scope.isBlank()
                ? ServiceTokens.SCOPES
                : List.of(scope.strip().split(" +"));
        if (!ServiceTokens.SCOPES.containsAll(scopes)) {
            return badRequest("invalid_scope", "Known scopes: " + String.join(" ", ServiceTokens.SCOPES) + ".");
        }
        ServiceTokens.Issued issued =
                tokens.issue(client.get(), scopes.stream().distinct().toList());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", issued.value());
        body.put("token_type", "Bearer");
        body.put("expires_in", issued.expiresIn().toSeconds());
        body.put("scope", issued.scope());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .body(body);
    }

    /** RFC 6749 2.3.1: Basic with the form-urlencoded client id and secret. */
    private Optional<String> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            String pair = new String(
                    Base64.getDecoder()
                            .decode(authorization.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return clients.authenticate(
                    URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean repeated(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values != null && values.size() > 1;
    }

    private static ResponseEntity<Map<String, Object>> badRequest(String error, String description) {
        return ResponseEntity.badRequest().cacheControl(CacheControl.noStore()).body(error(error, description));
    }

    private static Map<String, Object> error(String error, String description) {
        return Map.of("error", error, "error_description", description);
    }
}
