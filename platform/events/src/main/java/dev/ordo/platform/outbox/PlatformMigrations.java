package dev.ordo.platform.outbox;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates a service's database: the service's own migrations first, then the platform's
 * ({@code classpath:db/platform}, every platform module's, in their own history table
 * {@code flyway_platform_history}: ADR 0004).
 * <p>
 * A few migrations moved from the services into the platform ({@link #RETIRED}: db-scheduler's
 * {@code scheduled_tasks}, now platform V2). A database that applied a service's copy still lists it in the
 * service's history, and Flyway refuses an applied migration it cannot find. Such a database is migrated
 * with missing migrations ignored — but only when every missing one is a retired copy; any other missing
 * migration still stops the service (ADR 0021).
 * <p>
 * The platform's migrations are applied out of order: each platform module owns its own tables, so a module a
 * service gains later (its migration numbered below ones the service applied already, e.g. memberships' V4 in
 * a database at V5) is applied then, rather than refused (ADR 0030).
 */
final class PlatformMigrations {

    static final String LOCATION = "classpath:db/platform";
    static final String HISTORY_TABLE = "flyway_platform_history";

    /** Service migrations whose work the platform's migrations do now (and do idempotently). */
    static final Set<String> RETIRED = Set.of("V2__scheduled_tasks.sql");

    private static final Logger log = LoggerFactory.getLogger(PlatformMigrations.class);

    private PlatformMigrations() {}

    static void migrate(Flyway service) {
        List<MigrationInfo> missing = Arrays.stream(service.info().all())
                .filter(migration -> migration.getState() == MigrationState.MISSING_SUCCESS
                        || migration.getState() == MigrationState.MISSING_FAILED)
                .toList();
        if (!missing.isEmpty() && missing.stream().allMatch(migration -> RETIRED.contains(migration.getScript()))) {
            log.info(
                    "Migrations {} of this service moved to the platform's migrations; their entries in the "
                            + "service's history are kept and ignored (ADR 0021)",
                    missing.stream().map(MigrationInfo::getScript).toList());
            Flyway.configure()
                    .configuration(service.getConfiguration())
                    .ignoreMigrationPatterns("*:missing", "*:future") // future: Flyway's default, kept
                    .load()
                    .migrate();
        } else {
            service.migrate();
        }
        migratePlatform(service.getConfiguration().getDataSource(), LOCATION);
    }

    /** The platform's migrations at {@code locations}, in their own history. */
    static void migratePlatform(javax.sql.DataSource dataSource, String... locations) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(locations)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .outOfOrder(true)
                .load()
                .migrate();
    }
}
