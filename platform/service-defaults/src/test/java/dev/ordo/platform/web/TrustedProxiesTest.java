package dev.ordo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.testsupport.OrdoTestEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** X-Forwarded-For is believed only from ordo.trusted-proxies (loopback, where the gateway runs, by default). */
class TrustedProxiesTest {

    private static String addressSeen(int port, String forwardedFor) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/public/whoami"))
                                .header("X-Forwarded-For", forwardedFor)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Nested
    @SpringBootTest(
            classes = ProbeApplication.class,
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"ordo.security.public-paths=/public/**", "spring.application.name=probe"})
    @ContextConfiguration(initializers = OrdoTestEnvironment.class)
    class ByDefault {

        @Value("${local.server.port}")
        int port;

        @Test
        void the_gateway_on_loopback_is_believed_about_its_client() throws Exception {
            assertThat(addressSeen(port, "203.0.113.7")).contains("\"address\":\"203.0.113.7\"");
        }

        @org.springframework.beans.factory.annotation.Autowired
        org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext context;

        @Test
        void the_service_listens_only_on_loopback() {
            org.springframework.boot.tomcat.TomcatWebServer server =
                    (org.springframework.boot.tomcat.TomcatWebServer) context.getWebServer();
            assertThat(server.getTomcat().getConnector().getProperty("address")).hasToString("/127.0.0.1");
        }
    }

    @Nested
    @SpringBootTest(
            classes = ProbeApplication.class,
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {
                "ordo.security.public-paths=/public/**",
                "spring.application.name=probe",
                "ordo.trusted-proxies=10.0.0.0/8"
            })
    @ContextConfiguration(initializers = OrdoTestEnvironment.class)
    class WhenTheCallerIsNoTrustedProxy {

        @Value("${local.server.port}")
        int port;

        @Test
        void its_x_forwarded_for_changes_nothing() throws Exception {
            assertThat(addressSeen(port, "203.0.113.7")).contains("\"address\":\"127.0.0.1\"");
        }
    }
}
