package dev.ordo.tasks.query;

import dev.ordo.testsupport.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A fresh PostgreSQL database with the tasks service's V1 schema, for running compiled SQL for real.
 * V1 is read where it lives: on the classpath inside the service module, from the service's source
 * folder when these tests run elsewhere.
 */
public final class TasksDatabase {

    static final String V1 = "db/migration/V1__tasks.sql";

    private TasksDatabase() {}

    /** A new database {@code ordo_test_<name>} with V1 applied (once per JVM for each name). */
    public static JdbcClient fresh(String name) {
        String url = TestPostgres.freshDatabaseUrl(name);
        DataSource dataSource = new SimpleDriverDataSource(new Driver(), url, TestPostgres.USER, TestPostgres.PASSWORD);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        boolean migrated = jdbc.sql("select to_regclass('task') is not null")
                .query(Boolean.class)
                .single();
        if (!migrated) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(v1());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot apply " + V1, e);
            }
        }
        return jdbc;
    }

    static String v1() {
        try (InputStream in = TasksDatabase.class.getClassLoader().getResourceAsStream(V1)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                for (Path candidate : new Path[] {
                    dir.resolve("services/tasks/src/main/resources").resolve(V1),
                    dir.resolve("main/services/tasks/src/main/resources").resolve(V1)
                }) {
                    if (Files.isRegularFile(candidate)) {
                        return Files.readString(candidate);
                    }
                }
            }
            Path fallback =
                    Path.of("/work/main/services/tasks/src/main/resources").resolve(V1);
            return Files.readString(fallback);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tasks schema " + V1, e);
        }
    }
}
