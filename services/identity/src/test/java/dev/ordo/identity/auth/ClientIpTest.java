package dev.ordo.identity.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientIpTest {

    @Test
    void the_client_is_the_peer_address_the_container_reports() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100.4");

        assertThat(ClientIp.of(request)).isEqualTo("198.51.100.4");
    }

    @Test
    void a_forwarded_for_header_the_container_did_not_trust_is_ignored() {
        // the container (RemoteIpValve) would have replaced the peer had the header come from a trusted proxy
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100.4");
        request.addHeader("X-Forwarded-For", "203.0.113.9, 10.0.0.1");

        assertThat(ClientIp.of(request)).isEqualTo("198.51.100.4");
    }
}
