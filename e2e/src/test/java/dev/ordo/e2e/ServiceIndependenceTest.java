package dev.ordo.e2e;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A service depends on platform/ and contracts/ only, never on another service's code. */
class ServiceIndependenceTest {

    private static final Path ROOT =
            Path.of(System.getProperty("ordo.root", "..")).toAbsolutePath().normalize();

    @Test
    void no_service_uses_another_services_classes() throws IOException {
        List<String> services = services();
        assertThat(services).contains("identity", "audit", "gateway");
        JavaClasses classes = new ClassFileImporter()
                .importPaths(services.stream()
                        .map(s -> ROOT.resolve("services").resolve(s).resolve("target/classes"))
                        .toList());
        for (String service : services) {
            String[] others = services.stream()
                    .filter(s -> !s.equals(service))
                    .map(s -> "dev.ordo." + s + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage("dev.ordo." + service + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .because("services talk through events and APIs, not code")
                    .check(classes);
        }
    }

    @Test
    void no_service_build_depends_on_another_service() throws IOException {
        for (String service : services()) {
            String pom =
                    Files.readString(ROOT.resolve("services").resolve(service).resolve("pom.xml"));
            String dependencies = pom.substring(pom.indexOf("<dependencies>"));
            for (String other : services()) {
                assertThat(dependencies)
                        .as(service + " must not depend on " + other)
                        .doesNotContain("<artifactId>" + other + "</artifactId>");
            }
        }
    }

    private static List<String> services() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT.resolve("services"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml")))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }
}
