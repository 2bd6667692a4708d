package dev.ordo.platform.servicetable;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of {@code services.table}.
 *
 * @param name            the service, as in {@code services/<name>}
 * @param port            its HTTP port in the default instance
 * @param managementPort  its actuator's port in the default instance
 * @param grpcPort        its gRPC server's port, if it has one
 * @param database        its database after the instance's prefix ({@code ordo_}), if it has one
 * @param ownerRole       whether a second role, {@code <database>_owner}, owns its tables and runs its migrations
 * @param jar             the jar {@code ./mvnw package} builds, relative to the repository root
 * @param routes          the path patterns the gateway sends to it, as written
 */
public record Service(
        String name,
        int port,
        int managementPort,
        OptionalInt grpcPort,
        Optional<String> database,
        boolean ownerRole,
        String jar,
        List<String> routes) {

    public Service {
        routes = List.copyOf(routes);
    }

    /** Every port it listens on: HTTP, management and gRPC if any. */
    public List<Integer> ports() {
        return grpcPort.isPresent()
                ? List.of(port, managementPort, grpcPort.getAsInt())
                : List.of(port, managementPort);
    }
}
