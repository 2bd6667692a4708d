package dev.ordo.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.grpc.server.autoconfigure.security.GrpcSecurityAutoConfiguration;
import org.springframework.boot.grpc.server.autoconfigure.security.OAuth2ResourceServerAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Users, credentials, profiles and preferences; access and refresh tokens; the JWKS; the user directory
 * over gRPC.
 * <p>
 * Spring gRPC's own security is left out: seeing a JwtDecoder it would demand a token on every gRPC
 * service, the health service included. The platform's bearer token interceptor (platform/grpc) with
 * {@code grpc.DirectoryTokenCheck} checks tokens instead.
 */
@SpringBootApplication(exclude = {GrpcSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@ConfigurationPropertiesScan
@EnableScheduling
public class IdentityApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityApplication.class, args);
    }
}
