package io.parley.chat.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A client of the HTTP API as an app would use it: JSON in, envelope out. */
final class HttpJson {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    HttpJson(String base) {
        this.base = base;
    }

    /** A status and the parsed envelope {msg, data, code?, field?}. */
    record Answer(int status, JsonNode body) {
        String msg() {
            return body.path("msg").asText();
        }

        JsonNode data() {
            return body.path("data");
        }

        String code() {
            return body.path("code").asText(null);
        }

        boolean ok() {
            return status == 200 && "ok".equals(msg());
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Answer post(String path, Map<String, ?> body, Map<String, String> headers) {
        try {
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .header("Content-Type", "application/json"), headers);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    Answer post(String path, Map<String, ?> body) {
        return post(path, body, Map.of());
    }

    /** A body of any type (a multipart upload), answered with the envelope. */
    Answer post(String path, String contentType, byte[] body, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType), headers);
    }

    /** A download: the status, the headers and the bytes as they came. */
    static HttpResponse<byte[]> download(String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET().timeout(Duration.ofSeconds(20));
        headers.forEach(request::header);
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    private Answer send(HttpRequest.Builder request, Map<String, String> headers) {
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
