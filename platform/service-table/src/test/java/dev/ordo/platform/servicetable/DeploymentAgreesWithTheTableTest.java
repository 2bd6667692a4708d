package dev.ordo.platform.servicetable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What else names a service's ports, database or jar says what {@code services.table} says: each
 * service's own defaults (its application.yml and pom), the reactor, and deploy/compose. A service added
 * to one and not the other fails here.
 */
class DeploymentAgreesWithTheTableTest {

    private static final ServiceTable TABLE = ServiceTable.read(Repository.file(ServiceTable.FILE_NAME));

    @Test
    void eachServicesApplicationYmlDefaultsToItsRow() {
        SoftAssertions softly = new SoftAssertions();
        for (Service service : TABLE.services()) {
            Map<String, Object> yml = yaml("services/" + service.name() + "/src/main/resources/application.yml");
            String name = service.name() + "'s application.yml: ";
            softly.assertThat(value(yml, "server.port"))
                    .as(name + "server.port")
                    .isEqualTo(service.port());
            softly.assertThat(value(yml, "management.server.port"))
                    .as(name + "management.server.port")
                    .isEqualTo(service.managementPort());
            softly.assertThat(value(yml, "spring.grpc.server.port"))
                    .as(name + "spring.grpc.server.port")
                    .isEqualTo(
                            service.grpcPort().isPresent() ? service.grpcPort().getAsInt() : null);
            Object url = value(yml, "spring.datasource.url");
            if (service.database().isPresent()) {
                softly.assertThat(url)
                        .as(name + "spring.datasource.url")
                        .isEqualTo("jdbc:postgresql://127.0.0.1:5432/ordo_"
                                + service.database().get());
            } else {
                softly.assertThat(url).as(name + "spring.datasource.url").isNull();
            }
        }
        softly.assertAll();
    }

    @Test
    void eachJarIsWhatItsModuleBuildsAndEveryModuleIsInTheReactor() throws IOException {
        String reactor = Files.readString(Repository.file("pom.xml"));
        SoftAssertions softly = new SoftAssertions();
        for (Service service : TABLE.services()) {
            String module = "services/" + service.name();
            softly.assertThat(reactor).as("the parent pom's modules").contains("<module>" + module + "</module>");
            String pom = Files.readString(Repository.file(module + "/pom.xml"));
            softly.assertThat(pom)
                    .as(module + "/pom.xml")
                    .contains("<artifactId>" + service.name() + "</artifactId>")
                    .contains("<finalName>${project.artifactId}</finalName>");
            softly.assertThat(service.jar())
                    .as(service.name() + "'s jar")
                    .isEqualTo(module + "/target/" + service.name() + ".jar");
        }
        softly.assertAll();
    }

    @Test
    void composeRunsEveryServiceWithItsDatabaseAndRole() {
        Map<String, Object> services = compose();
        SoftAssertions softly = new SoftAssertions();
        for (Service service : TABLE.services()) {
            softly.assertThat(services).as("compose services").containsKey(service.name());
            if (!services.containsKey(service.name())) {
                continue;
            }
            Map<String, String> env = environment(services, service.name());
            softly.assertThat(String.valueOf(map(services.get(service.name())).get("image")))
                    .as(service.name() + "'s image")
                    .startsWith("ordo/" + service.name() + ":");
            String url = env.get("SPRING_DATASOURCE_URL");
            String username = env.get("SPRING_DATASOURCE_USERNAME");
            if (service.database().isPresent()) {
                String database = "ordo_" + service.database().get();
                softly.assertThat(url).as(service.name()).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
                softly.assertThat(username).as(service.name()).isEqualTo(database);
                softly.assertThat(env.get("SPRING_FLYWAY_USER"))
                        .as(service.name() + "'s migrations run as")
                        .isEqualTo(service.ownerRole() ? database + "_owner" : null);
            } else {
                softly.assertThat(url).as(service.name()).isNull();
                softly.assertThat(username).as(service.name()).isNull();
            }
        }
        softly.assertAll();
    }

    @Test
    void composeCallsEachServiceOnItsOwnPorts() {
        Map<String, Object> services = compose();
        Pattern reference = Pattern.compile(
                "\\b(" + TABLE.services().stream().map(Service::name).collect(Collectors.joining("|")) + "):(\\d+)");
        List<String> wrong = new ArrayList<>();
        int references = 0;
        for (String caller : services.keySet()) {
            for (Map.Entry<String, String> variable :
                    environment(services, caller).entrySet()) {
                Matcher matcher = reference.matcher(variable.getValue());
                while (matcher.find()) {
                    references++;
                    Service callee = TABLE.service(matcher.group(1)).orElseThrow();
                    if (!callee.ports().contains(Integer.parseInt(matcher.group(2)))) {
                        wrong.add(caller + " " + variable.getKey() + "=" + variable.getValue() + " (" + callee.name()
                                + " listens on " + callee.ports() + ")");
                    }
                }
            }
        }
        assertThat(references).as("compose's references to a service's port").isPositive();
        assertThat(wrong)
                .as("compose calls a service on a port the table does not give it")
                .isEmpty();
    }

    @Test
    void composesGatewayKnowsEveryRoutedServiceAndPublishesOnlyItsOwnPort() {
        Map<String, Object> services = compose();
        Service gateway = TABLE.service("gateway").orElseThrow();
        Map<String, String> urls = new LinkedHashMap<>();
        environment(services, "gateway").forEach((key, value) -> {
            if (key.startsWith("ORDO_SERVICES_") && key.endsWith("_URL")) {
                urls.put(key, value);
            }
        });
        Map<String, String> expected = new LinkedHashMap<>();
        for (Service service : TABLE.routedServices()) {
            expected.put(
                    "ORDO_SERVICES_" + service.name().toUpperCase() + "_URL",
                    "http://" + service.name() + ":" + service.port());
        }
        assertThat(urls).isEqualTo(expected);
        assertThat(map(services.get("gateway")).get("ports")).isEqualTo(List.of(gateway.port() + ":" + gateway.port()));
        for (Service service : TABLE.services()) {
            if (service != gateway && services.containsKey(service.name())) {
                assertThat(map(services.get(service.name())).get("ports"))
                        .as(service.name() + " publishes no port")
                        .isNull();
            }
        }
    }

    @Test
    void composesPostgresMakesExactlyTheTablesDatabasesAndRoles() throws IOException {
        List<String> made = Files.readAllLines(Repository.file("deploy/compose/init-databases.sh")).stream()
                .filter(line -> line.startsWith("database "))
                .toList();
        List<String> expected = TABLE.services().stream()
                .filter(service -> service.database().isPresent())
                .map(service -> {
                    String database = "ordo_" + service.database().get();
                    return "database " + database + " " + (service.ownerRole() ? database + "_owner" : database);
                })
                .toList();

        assertThat(made).isEqualTo(expected);
    }

    private static Map<String, Object> compose() {
        return map(yaml("deploy/compose/compose.yaml").get("services"));
    }

    private static Map<String, String> environment(Map<String, Object> services, String service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object variables = map(services.get(service)).get("environment");
        if (variables != null) {
            map(variables).forEach((key, value) -> env.put(key, String.valueOf(value)));
        }
        return env;
    }

    private static Map<String, Object> yaml(String path) {
        try {
            Map<String, Object> document = new Yaml().load(Files.readString(Repository.file(path)));
            return document == null ? Map.of() : document;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A dotted key of a YAML document (nested maps), or null. */
    private static Object value(Map<String, Object> document, String key) {
        Object current = document;
        for (String part : key.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
