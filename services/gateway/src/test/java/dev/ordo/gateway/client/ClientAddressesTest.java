package dev.ordo.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTest {

    @Test
    void withoutTrustedProxiesTheClientIsWhoeverConnectedWhateverItClaims() {
        ClientAddresses addresses = new ClientAddresses(new ClientProperties(""));

        assertThat(addresses.of(request("198.51.100.7", "203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheClientIsTheNearestAddressThatIsNoTrustedProxy() {
        ClientAddresses addresses = new ClientAddresses(new ClientProperties("10\\..*"));

        assertThat(addresses.of(request("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.0.0.5")))
                .isEqualTo("203.0.113.9");
        assertThat(addresses.of(request("10.0.0.2", null))).isEqualTo("10.0.0.2");
    }

    @Test
    void anUntrustedPeerIsNotBelievedEvenWhenProxiesAreConfigured() {
        ClientAddresses addresses = new ClientAddresses(new ClientProperties("10\\..*"));

        assertThat(addresses.of(request("198.51.100.7", "10.0.0.9"))).isEqualTo("198.51.100.7");
    }

    private static MockHttpServletRequest request(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/tasks");
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
