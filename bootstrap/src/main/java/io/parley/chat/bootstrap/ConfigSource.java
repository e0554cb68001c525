package io.parley.chat.bootstrap;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a setting comes from: the environment ({@code PARLEY_DB_URL}) over {@code parley.properties}
 * ({@code parley.db.url}) over the default. The properties file is {@code ./parley.properties}, or the file named by
 * {@code PARLEY_CONFIG}.
 */
final class ConfigSource {
    static final String CONFIG_FILE_VARIABLE = "PARLEY_CONFIG";
    static final String DEFAULT_CONFIG_FILE = "parley.properties";

    private final Map<String, String> environment;
    private final Properties properties;
    private final String origin;

    ConfigSource(Map<String, String> environment, Properties properties, String origin) {
        this.environment = Map.copyOf(environment);
        this.properties = properties;
        this.origin = origin;
    }

    /** Reads the process environment and the properties file it points at (if there is one). */
    static ConfigSource fromEnvironment(Map<String, String> environment) {
        String named = environment.get(CONFIG_FILE_VARIABLE);
        Path file = Path.of(named == null || named.isBlank() ? DEFAULT_CONFIG_FILE : named);
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException unreadable) {
                throw new ConfigurationException("cannot read " + file.toAbsolutePath() + ": " + unreadable.getMessage(),
                        unreadable);
            }
            return new ConfigSource(environment, properties, file.toAbsolutePath().toString());
        }
        if (named != null && !named.isBlank()) {
            throw new ConfigurationException(CONFIG_FILE_VARIABLE + " names " + file.toAbsolutePath()
                    + ", which is not a readable file");
        }
        return new ConfigSource(environment, properties, null);
    }

    /** The value of {@code PARLEY_X_Y}, else of {@code parley.x.y}; blank counts as unset. */
    Optional<String> get(String variable) {
        String fromEnvironment = environment.get(variable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment.trim());
        }
        String fromFile = properties.getProperty(propertyName(variable));
        if (fromFile != null && !fromFile.isBlank()) {
            return Optional.of(fromFile.trim());
        }
        return Optional.empty();
    }

    /** The properties file that was read, if any. */
    Optional<String> origin() {
        return Optional.ofNullable(origin);
    }

    static String propertyName(String variable) {
        return variable.toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
