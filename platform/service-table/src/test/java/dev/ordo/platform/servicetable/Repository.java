package dev.ordo.platform.servicetable;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository these tests run in (found from the working directory, the module's). */
final class Repository {

    private static final Path ROOT = findRoot();

    private Repository() {}

    static Path file(String path) {
        return ROOT.resolve(path);
    }

    private static Path findRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(ServiceTable.FILE_NAME)) && Files.isRegularFile(dir.resolve("ordo"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (with services.table and ordo) above "
                + Path.of("").toAbsolutePath());
    }
}
