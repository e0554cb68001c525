package io.parley.chat.bootstrap;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The server's configuration, read once at start (DESIGN.md, "Deployment modes"). Every name is the environment
 * variable; {@code parley.properties} uses the same name in lower case with dots.
 */
record Settings(
        String host,
        int port,
        Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        Optional<String> redisUrl,
        Optional<String> jwtSecret,
        Duration tokenTtl,
        String visitorSalt,
        Optional<String> adminUsername,
        Optional<String> adminPassword,
        String nodeId,
        Duration heartbeat,
        Duration presenceTtl,
        Duration recallWindow,
        int maxGroupMembers,
        long maxUploadBytes,
        int wsMaxFrameBytes,
        int wsMaxFramesPerSecond,
        int visitorRatePerAddress,
        int dbPoolSize) {

    static Settings load(ConfigSource source) {
        Reader read = new Reader(source);
        String host = read.text("PARLEY_HOST", "0.0.0.0");
        int port = read.number("PARLEY_PORT", 7001, 0, 65_535);
        Path dataDir = Path.of(read.text("PARLEY_DATA_DIR", "./data")).toAbsolutePath().normalize();
        String dbUrl = read.optional("PARLEY_DB_URL").orElse(embeddedDatabaseUrl(dataDir));
        if (!dbUrl.startsWith("jdbc:")) {
            throw new ConfigurationException("PARLEY_DB_URL must be a JDBC URL (jdbc:postgresql://…, jdbc:mariadb://…,"
                    + " jdbc:mysql://…, jdbc:h2:…), not '" + dbUrl + "'");
        }
        Optional<String> redisUrl = read.optional("PARLEY_REDIS_URL");
        redisUrl.ifPresent(url -> {
            if (!url.startsWith("redis://") && !url.startsWith("rediss://")) {
                throw new ConfigurationException("PARLEY_REDIS_URL must start with redis:// or rediss://");
            }
        });
        Optional<String> jwtSecret = read.optional("PARLEY_JWT_SECRET");
        jwtSecret.ifPresent(Settings::requireStrongSecret);
        if (redisUrl.isPresent() && jwtSecret.isEmpty()) {
            throw new ConfigurationException("PARLEY_JWT_SECRET is required when PARLEY_REDIS_URL is set: every node"
                    + " of a cluster must sign and check tokens with the same key (at least 32 bytes)");
        }
        Duration heartbeat = read.duration("PARLEY_HEARTBEAT", Duration.ofSeconds(30));
        return new Settings(
                host,
                port,
                dataDir,
                dbUrl,
                read.text("PARLEY_DB_USER", dbUrl.startsWith("jdbc:h2:") ? "sa" : ""),
                read.text("PARLEY_DB_PASSWORD", ""),
                redisUrl,
                jwtSecret,
                read.duration("PARLEY_TOKEN_TTL", Duration.ofDays(30)),
                read.text("PARLEY_VISITOR_SALT", "parley-visitor-salt"),
                read.optional("PARLEY_ADMIN_USERNAME"),
                read.optional("PARLEY_ADMIN_PASSWORD"),
                nodeId(read.text("PARLEY_NODE_ID", defaultNodeId(port))),
                heartbeat,
                // a node renews its entries every third of this: it may miss two renewals before its users vanish
                read.duration("PARLEY_PRESENCE_TTL", heartbeat.multipliedBy(3)),
                read.duration("PARLEY_RECALL_WINDOW", Duration.ofMinutes(5)),
                read.number("PARLEY_MAX_GROUP_MEMBERS", 500, 2, 100_000),
                read.number("PARLEY_MAX_UPLOAD_BYTES", 52_428_800L, 1, Long.MAX_VALUE),
                read.number("PARLEY_WS_MAX_FRAME_BYTES", 65_536, 1_024, 16 * 1_024 * 1_024),
                read.number("PARLEY_WS_MAX_FRAMES_PER_SECOND", 50, 1, 100_000),
                read.number("PARLEY_VISITOR_RATE_PER_ADDRESS", 100, 1, 1_000_000),
                read.number("PARLEY_DB_POOL_SIZE", 10, 1, 1_000));
    }

    boolean clustered() {
        return redisUrl.isPresent();
    }

    /** The embedded default: an H2 file database under the data directory. */
    static String embeddedDatabaseUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("parley").toString().replace('\\', '/') + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    static void requireStrongSecret(String secret) {
        if (secret.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
            throw new ConfigurationException("PARLEY_JWT_SECRET must be at least 32 bytes long");
        }
    }

    /**
     * Host name and port: two processes on one host cannot listen on one port, so the name is unique among running
     * nodes. Port 0 (any free port, chosen only once listening) would give every such node the same name, hence a
     * random suffix then. A node restarted on the same host and port takes up its old name, which is harmless: what
     * other nodes still send to the name finds no connection of the old process here and waits in the inbox.
     */
    static String defaultNodeId(int port) {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException unknown) {
            host = "localhost";
        }
        String name = host + ":" + port;
        return port == 0 ? name + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) : name;
    }

    /** Presence stores {@code node|connection} and the bus names a channel after the node: no bar, no blanks. */
    static String nodeId(String name) {
        if (name.isEmpty() || name.length() > 200 || !name.matches("[^|\\s]+")) {
            throw new ConfigurationException("PARLEY_NODE_ID must be 1 to 200 characters without '|' or blanks, not '"
                    + name + "'");
        }
        return name;
    }

    /** The effective configuration, one line a setting, with secrets masked. */
    List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("PARLEY_HOST=" + host);
        lines.add("PARLEY_PORT=" + port);
        lines.add("PARLEY_DATA_DIR=" + dataDir);
        lines.add("PARLEY_DB_URL=" + dbUrl);
        lines.add("PARLEY_DB_USER=" + dbUser);
        lines.add("PARLEY_DB_PASSWORD=" + mask(dbPassword));
        lines.add("PARLEY_DB_POOL_SIZE=" + dbPoolSize);
        lines.add("PARLEY_REDIS_URL=" + redisUrl.map(Settings::maskUrlPassword).orElse("(unset: single node, in memory)"));
        lines.add("PARLEY_JWT_SECRET=" + jwtSecret.map(Settings::mask).orElse("(unset: kept in the data directory)"));
        lines.add("PARLEY_TOKEN_TTL=" + tokenTtl);
        lines.add("PARLEY_VISITOR_SALT=" + mask(visitorSalt));
        lines.add("PARLEY_ADMIN_USERNAME=" + adminUsername.orElse("(unset)"));
        lines.add("PARLEY_ADMIN_PASSWORD=" + adminPassword.map(Settings::mask).orElse("(unset)"));
        lines.add("PARLEY_NODE_ID=" + nodeId);
        lines.add("PARLEY_HEARTBEAT=" + heartbeat);
        lines.add("PARLEY_PRESENCE_TTL=" + presenceTtl);
        lines.add("PARLEY_RECALL_WINDOW=" + recallWindow);
        lines.add("PARLEY_MAX_GROUP_MEMBERS=" + maxGroupMembers);
        lines.add("PARLEY_MAX_UPLOAD_BYTES=" + maxUploadBytes);
        lines.add("PARLEY_WS_MAX_FRAME_BYTES=" + wsMaxFrameBytes);
        lines.add("PARLEY_WS_MAX_FRAMES_PER_SECOND=" + wsMaxFramesPerSecond);
        lines.add("PARLEY_VISITOR_RATE_PER_ADDRESS=" + visitorRatePerAddress);
        return lines;
    }

    private static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "(empty)" : "****";
    }

    private static String maskUrlPassword(String url) {
        URI uri = URI.create(url);
        if (uri.getUserInfo() == null) {
            return url;
        }
        return url.replace(uri.getRawUserInfo() + "@", "****@");
    }

    /** Typed reads with errors that name the setting. */
    private static final class Reader {
        private final ConfigSource source;

        Reader(ConfigSource source) {
            this.source = source;
        }

        Optional<String> optional(String variable) {
            return source.get(variable);
        }

        String text(String variable, String fallback) {
            return source.get(variable).orElse(fallback);
        }

        int number(String variable, int fallback, int min, int max) {
            return (int) number(variable, (long) fallback, min, max);
        }

        long number(String variable, long fallback, long min, long max) {
            return parsed(variable, fallback, value -> {
                long number = Long.parseLong(value);
                if (number < min || number > max) {
                    throw new ConfigurationException(variable + " must be between " + min + " and " + max
                            + ", not " + value);
                }
                return number;
            });
        }

        Duration duration(String variable, Duration fallback) {
            return parsed(variable, fallback, value -> {
                Duration duration = Duration.parse(value);
                if (duration.isNegative() || duration.isZero()) {
                    throw new ConfigurationException(variable + " must be a positive duration, not " + value);
                }
                return duration;
            });
        }

        private <T> T parsed(String variable, T fallback, Function<String, T> parse) {
            Optional<String> value = source.get(variable);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                return parse.apply(value.get());
            } catch (NumberFormatException | DateTimeParseException malformed) {
                throw new ConfigurationException(variable + " is malformed: '" + value.get() + "' ("
                        + (malformed instanceof DateTimeParseException ? "an ISO-8601 duration such as PT30S"
                                : "a whole number") + " expected)", malformed);
            }
        }
    }
}
