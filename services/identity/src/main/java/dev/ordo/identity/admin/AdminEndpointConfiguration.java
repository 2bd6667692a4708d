package dev.ordo.identity.admin;

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The admins endpoint exists only when actuator has a port of its own (loopback, for operators): on the
 * public HTTP port, where every actuator path is open, it would let anybody make themselves an admin.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
class AdminEndpointConfiguration {

    @Bean
    AdminsEndpoint adminsEndpoint(AdminService admins) {
        return new AdminsEndpoint(admins);
    }
}
