package io.parley.chat.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema to the version this build expects, with Flyway. Migrations that every database understands go to
 * {@code db/migration/common}; the others exist once per {@link SqlVendor} under {@code db/migration/<vendor>}, with
 * versions that never collide with the common ones.
 */
final class SchemaMigration {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);
    private static final String COMMON_FOLDER = "db/migration/common";

    private SchemaMigration() {
    }

    static void migrate(DataSource dataSource, SqlVendor vendor) {
        List<String> locations = new ArrayList<>();
        // the folder is optional: without it Flyway would only warn, but a missing vendor folder must fail
        if (SchemaMigration.class.getClassLoader().getResource(COMMON_FOLDER) != null) {
            locations.add("classpath:" + COMMON_FOLDER);
        }
        locations.add(vendor.migrationLocation());
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("database schema migrated from version {} to {} ({} migrations)",
                    result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion,
                    result.targetSchemaVersion, result.migrationsExecuted);
        }
    }
}
