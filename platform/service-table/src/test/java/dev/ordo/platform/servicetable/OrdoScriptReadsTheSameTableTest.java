package dev.ordo.platform.servicetable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code ./ordo} reads services.table in bash: it must read the same ports as this module does. */
class OrdoScriptReadsTheSameTableTest {

    private static final ServiceTable TABLE = ServiceTable.read(Repository.file(ServiceTable.FILE_NAME));

    @Test
    void ordoPortAnswersTheTablesPortsPlusTheInstancesOffset() throws Exception {
        for (Service service : TABLE.services()) {
            assertThat(ordo("0", "port", service.name())).isEqualTo(Integer.toString(service.port()));
            assertThat(ordo("0", "port", service.name(), "management"))
                    .isEqualTo(Integer.toString(service.managementPort()));
            assertThat(ordo("10000", "port", service.name(), "grpc"))
                    .isEqualTo(
                            service.grpcPort().isPresent()
                                    ? Integer.toString(service.grpcPort().getAsInt() + 10000)
                                    : "exit 1");
        }
    }

    @Test
    void ordoStartsTheTablesServicesInItsOrder() throws Exception {
        String help = ordo("0", "help");

        String names =
                String.join(" ", TABLE.services().stream().map(Service::name).toList());
        assertThat(help).contains("Services (services.table): " + names + " ");
    }

    /** ./ordo's output, or "exit N" when it failed. */
    private static String ordo(String portOffset, String... arguments) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("bash", Repository.file("ordo").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(name -> name.startsWith("ORDO_"));
        builder.environment().put("ORDO_PORT_OFFSET", portOffset);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process.exitValue() == 0 ? out.strip() : "exit " + process.exitValue();
    }
}
