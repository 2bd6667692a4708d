package dev.ordo.identity.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientIpTest {

    @Test
    void the_first_forwarded_for_entry_is_the_client() {
        assertThat(ClientIp.of("203.0.113.9, 10.0.0.1, 10.0.0.2", "10.0.0.2")).isEqualTo("203.0.113.9");
        assertThat(ClientIp.of("2001:db8::1", "10.0.0.2")).isEqualTo("2001:db8::1");
    }

    @Test
    void without_the_header_the_peer_address_is_the_client() {
        assertThat(ClientIp.of(null, "198.51.100.4")).isEqualTo("198.51.100.4");
    }

    @Test
    void a_header_value_that_is_no_address_is_ignored() {
        assertThat(ClientIp.of("ordo:identity:*", "198.51.100.4")).isEqualTo("198.51.100.4");
        assertThat(ClientIp.of("", "198.51.100.4")).isEqualTo("198.51.100.4");
        assertThat(ClientIp.of("x".repeat(100), "198.51.100.4")).isEqualTo("198.51.100.4");
    }
}
