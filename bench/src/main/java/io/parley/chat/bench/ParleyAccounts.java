package io.parley.chat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The benchmark's users on a fresh Parley server: registered over HTTP ({@code POST /api/regChat}, which logs in
 * at once and answers the token), each then accepting messages from strangers without limit
 * ({@code POST /api/chat/userset} with {@code sendCount 2}), so that the sendability rules let every pair talk.
 */
final class ParleyAccounts {
    /** Registration hashes a password (600,000 PBKDF2 rounds): a few at once keep both cores busy, no more. */
    private static final int IN_FLIGHT = 4;
    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(120);
    private static final String USERSET = "{\"userset\":\"{\\\"chatset\\\":{\\\"user\\\":"
            + "{\\\"sendCount\\\":2,\\\"needFollow\\\":false}}}\"}";

    private final HttpClient http;
    private final URI base;
    private final ObjectMapper json = new ObjectMapper();

    ParleyAccounts(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** One benchmark user. */
    record Account(long id, String token) {
    }

    /** Registers {@code count} users named {@code bench_<i>} and opens their chat settings to strangers. */
    List<Account> create(int count) {
        List<CompletableFuture<Account>> pending = new ArrayList<>();
        Semaphore slots = new Semaphore(IN_FLIGHT);
        long started = System.nanoTime();
        long lastReport = started;
        for (int i = 0; i < count; i++) {
            acquire(slots);
            String body = "{\"username\":\"bench_" + i + "\",\"password\":\"secret1\"}";
            CompletableFuture<Account> account = post("/api/regChat", null, body)
                    .thenApply(this::account)
                    .thenCompose(registered -> post("/api/chat/userset", registered.token(), USERSET)
                            .thenApply(answer -> registered));
            account.whenComplete((done, failure) -> slots.release());
            pending.add(account);
            if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(15)) {
                lastReport = System.nanoTime();
                System.out.printf("  registered %,d of %,d users (%.0f/s)%n", i, count,
                        i / ((lastReport - started) / 1e9));
            }
        }
        List<Account> accounts = new ArrayList<>();
        for (CompletableFuture<Account> account : pending) {
            accounts.add(await(account));
        }
        return accounts;
    }

    private CompletableFuture<String> post(String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(REQUEST_LIMIT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("token", token);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        });
    }

    private Account account(String answer) {
        try {
            JsonNode data = json.readTree(answer).path("data");
            return new Account(data.path("id").asLong(), data.path("token").asText());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static void acquire(Semaphore slots) {
        try {
            if (!slots.tryAcquire(REQUEST_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("registration stalled: no answer within " + REQUEST_LIMIT);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while registering users", interrupted);
        }
    }

    private static Account await(CompletableFuture<Account> account) {
        try {
            return account.get(REQUEST_LIMIT.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("registering a benchmark user failed: " + failed.getCause().getMessage(),
                    failed.getCause());
        } catch (TimeoutException | InterruptedException stalled) {
            if (stalled instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("registering a benchmark user did not finish", stalled);
        }
    }
}
