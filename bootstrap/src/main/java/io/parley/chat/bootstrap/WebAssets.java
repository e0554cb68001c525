package io.parley.chat.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files of the web client, read once from the class path folder {@code web/} (inside the server jar, or
 * {@code target/classes} in a build) and kept in memory: a few dozen kilobytes. Each file has its content type and
 * a strong ETag; the set has a version, a hash of every file, so that asset addresses change whenever any file does
 * and can be cached for a year.
 */
final class WebAssets {
    static final String ROOT = "web";
    static final String INDEX = "index.html";

    /** Only these kinds are served; a file of another kind in {@code web/} is a mistake and stops the start. */
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "json", "application/json; charset=utf-8",
            "webmanifest", "application/manifest+json; charset=utf-8");

    /** One file: its bytes, type and ETag. */
    record Asset(byte[] bytes, String contentType, String etag) {
        static Asset of(String name, byte[] bytes) {
            return new Asset(bytes, contentTypeOf(name), "\"" + sha256(bytes).substring(0, 32) + "\"");
        }
    }

    private final Map<String, Asset> files;
    private final String version;

    private WebAssets(Map<String, Asset> files) {
        this.files = Collections.unmodifiableMap(files);
        StringBuilder all = new StringBuilder();
        files.forEach((name, asset) -> all.append(name).append('=').append(asset.etag()).append('\n'));
        this.version = sha256(all.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    /** Reads {@code web/} from the class path; fails when it is missing (a jar built without the client). */
    static WebAssets load() {
        URL index = WebAssets.class.getClassLoader().getResource(ROOT + "/" + INDEX);
        if (index == null) {
            throw new IllegalStateException("the web client is missing from the class path (" + ROOT + "/" + INDEX + ")");
        }
        try {
            URLConnection connection = index.openConnection();
            if (connection instanceof JarURLConnection jar) {
                // not cached: closing a cached JarFile would close it for the class loader too
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    return new WebAssets(readJar(file));
                }
            }
            return new WebAssets(readFolder(Path.of(index.toURI()).getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the web client", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the web client: " + index, e);
        }
    }

    /** For tests: a set from names and contents. */
    static WebAssets of(Map<String, byte[]> contents) {
        Map<String, Asset> files = new TreeMap<>();
        contents.forEach((name, bytes) -> files.put(name, Asset.of(name, bytes)));
        return new WebAssets(files);
    }

    private static Map<String, Asset> readJar(JarFile jar) throws IOException {
        Map<String, Asset> files = new TreeMap<>();
        String prefix = ROOT + "/";
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
                continue;
            }
            String name = entry.getName().substring(prefix.length());
            try (InputStream in = jar.getInputStream(entry)) {
                files.put(name, Asset.of(name, in.readAllBytes()));
            }
        }
        return files;
    }

    private static Map<String, Asset> readFolder(Path root) throws IOException {
        Map<String, Asset> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(path).toString().replace('\\', '/');
                files.put(name, Asset.of(name, Files.readAllBytes(path)));
            }
        }
        return files;
    }

    /** A file by its name below {@code web/} ({@code js/main.js}). */
    Optional<Asset> find(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /** Changes whenever any file changes. */
    String version() {
        return version;
    }

    private static String contentTypeOf(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = CONTENT_TYPES.get(extension);
        if (type == null) {
            throw new IllegalStateException("the web client holds a file of unknown type: " + name);
        }
        return type;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
