package dev.ordo.platform.servicetable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code services.table}: every service's name, ports, database, jar and gateway routes, one row each,
 * in start order. {@code ./ordo} reads the same file in bash; this is its reading for Java (the gateway's
 * routes, the tests that hold deploy/compose and the services' application.yml to it). A table that
 * {@code ./ordo} could misread is refused here, with the line it is on.
 */
public final class ServiceTable {

    /** Where the build packs the table (this module's jar). */
    public static final String RESOURCE = "/dev/ordo/platform/servicetable/services.table";

    public static final String FILE_NAME = "services.table";

    private static final List<String> COLUMNS =
            List.of("name", "port", "management", "grpc", "database", "owner-role", "jar", "routes");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*");
    private static final Pattern DATABASE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final String NONE = "-";

    private final List<Service> services;
    private final List<Route> routes;

    private ServiceTable(List<Service> services, List<Route> routes) {
        this.services = List.copyOf(services);
        this.routes = List.copyOf(routes);
    }

    /** The table this jar was built with. */
    public static ServiceTable bundled() {
        try (InputStream in = ServiceTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (built without the table?)");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ServiceTable read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ServiceTable parse(String text) {
        List<Service> services = new ArrayList<>();
        Map<Integer, String> portOwners = new HashMap<>();
        Set<String> names = new HashSet<>();
        Set<String> databases = new HashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int lineNumber = i + 1;
            try {
                Service service = row(line);
                if (!names.add(service.name())) {
                    throw new IllegalArgumentException("service '" + service.name() + "' has a second row");
                }
                if (service.database().isPresent()
                        && !databases.add(service.database().get())) {
                    throw new IllegalArgumentException(
                            "database '" + service.database().get() + "' belongs to another row already");
                }
                for (int port : service.ports()) {
                    String owner = portOwners.putIfAbsent(port, service.name());
                    if (owner != null) {
                        throw new IllegalArgumentException("port " + port + " is " + owner + "'s already");
                    }
                }
                services.add(service);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        FILE_NAME + " line " + lineNumber + ": " + e.getMessage() + "\n  " + line, e);
            }
        }
        if (services.isEmpty()) {
            throw new IllegalArgumentException(FILE_NAME + " has no rows");
        }
        return new ServiceTable(services, routes(services));
    }

    private static Service row(String line) {
        String[] cells = line.split("\\s+");
        if (cells.length != COLUMNS.size()) {
            throw new IllegalArgumentException(
                    cells.length + " columns, not " + COLUMNS.size() + " (" + String.join(" ", COLUMNS) + ")");
        }
        String name = cells[0];
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name '" + name + "': lower-case letters and digits only");
        }
        Optional<String> database = cells[4].equals(NONE) ? Optional.empty() : Optional.of(cells[4]);
        if (database.isPresent() && !DATABASE.matcher(database.get()).matches()) {
            throw new IllegalArgumentException("database '" + cells[4] + "': a-z, 0-9 and _, a letter first");
        }
        boolean ownerRole = switch (cells[5]) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("owner-role is yes or no, not '" + cells[5] + "'");
        };
        if (ownerRole && database.isEmpty()) {
            throw new IllegalArgumentException("owner-role yes needs a database");
        }
        if (!cells[6].endsWith(".jar")) {
            throw new IllegalArgumentException("jar '" + cells[6] + "' does not name a .jar");
        }
        List<String> routes = cells[7].equals(NONE) ? List.of() : Arrays.asList(cells[7].split(",", -1));
        routes.forEach(PathPattern::parse);
        return new Service(
                name,
                port(cells[1], "port"),
                port(cells[2], "management"),
                cells[3].equals(NONE) ? OptionalInt.empty() : OptionalInt.of(port(cells[3], "grpc")),
                database,
                ownerRole,
                cells[6],
                routes);
    }

    private static int port(String cell, String column) {
        int port;
        try {
            port = Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + cell + "' is not a port number");
        }
        // ./ordo adds up to 50000 for a second instance (ORDO_PORT_OFFSET)
        if (port < 1024 || port > 15535) {
            throw new IllegalArgumentException(column + " " + port + " is not between 1024 and 15535");
        }
        return port;
    }

    /**
     * Each pattern one route, tried before every pattern that covers it: its order is minus the number of
     * patterns that cover it. Two patterns that overlap without one covering the other would make the
     * answer depend on chance, and are refused, as is a pattern claimed twice.
     */
    private static List<Route> routes(List<Service> services) {
        record Claim(String service, PathPattern pattern) {}
        List<Claim> claims = new ArrayList<>();
        for (Service service : services) {
            for (String route : service.routes()) {
                claims.add(new Claim(service.name(), PathPattern.parse(route)));
            }
        }
        List<Route> routes = new ArrayList<>();
        for (Claim claim : claims) {
            int coveredBy = 0;
            for (Claim other : claims) {
                if (other == claim || !other.pattern().overlaps(claim.pattern())) {
                    continue;
                }
                boolean theyCoverIt = other.pattern().covers(claim.pattern());
                boolean itCoversThem = claim.pattern().covers(other.pattern());
                if (theyCoverIt && itCoversThem) {
                    throw new IllegalArgumentException(FILE_NAME + ": route " + claim.pattern() + " is claimed by "
                            + claim.service() + " and by " + other.service());
                }
                if (!theyCoverIt && !itCoversThem) {
                    throw new IllegalArgumentException(FILE_NAME + ": routes " + claim.pattern() + " ("
                            + claim.service() + ") and " + other.pattern() + " (" + other.service()
                            + ") overlap, and neither covers the other: which one a request takes would be chance");
                }
                if (theyCoverIt) {
                    coveredBy++;
                }
            }
            routes.add(new Route(claim.service(), claim.pattern().text(), -coveredBy));
        }
        routes.sort(Comparator.comparingInt(Route::order));
        return routes;
    }

    /** Every service, in start order. */
    public List<Service> services() {
        return services;
    }

    public Optional<Service> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Every gateway route, the ones to try first first. */
    public List<Route> routes() {
        return routes;
    }

    /** The services the gateway routes to (those with routes), in start order. */
    public List<Service> routedServices() {
        return services.stream().filter(s -> !s.routes().isEmpty()).toList();
    }
}
