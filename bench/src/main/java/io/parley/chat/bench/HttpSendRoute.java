package io.parley.chat.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;

/**
 * W1 over HTTP: each message is a {@code POST /api/chat/socket/sendmessage} (#20) as the sender, delivered to the
 * partner's WebSocket. The answer is the sender's acknowledgement. At most {@link #MAX_IN_FLIGHT} requests are open
 * at once, the rest wait in order (their latency counting from the intended send time).
 */
final class HttpSendRoute implements MessageRoute {
    static final int MAX_IN_FLIGHT = 128;
    private static final int MAX_WAITING = 100_000;
    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(60);
    private static final String OK = "{\"msg\":\"ok\"";

    private final HttpClient http;
    private final URI uri;
    private final String[] tokens;
    private final String[] heads;
    private final Tally tally;
    private final StringBuilder body = new StringBuilder(512);
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private int inFlight;

    private record Pending(HttpRequest request, RateStep step, long intendedNanos) {
    }

    /**
     * @param senders the recipients' connections, in pair order (message from i goes to i's partner)
     * @param tokens  the senders' tokens, by index
     */
    HttpSendRoute(HttpClient http, URI uri, List<ClientSocket> senders, List<String> tokens, Tally tally) {
        this.http = http;
        this.uri = uri;
        this.tally = tally;
        int n = senders.size();
        this.tokens = tokens.toArray(String[]::new);
        this.heads = new String[n];
        for (int i = 0; i < n; i++) {
            heads[i] = "{\"sendto_id\":" + senders.get(Payload.partner(i, n)).userId()
                    + ",\"chatType\":\"single\",\"type\":\"text\",\"data\":\"" + Payload.TEXT
                    + "\",\"client_msg_id\":\"";
        }
    }

    @Override
    public int senders() {
        return heads.length;
    }

    @Override
    public void send(int sender, RateStep step, long seq, long intendedNanos) {
        body.setLength(0);
        body.append(heads[sender]);
        FrameTag.append(body, step.index(), seq, intendedNanos).append("\"}");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_LIMIT)
                .header("token", tokens[sender])
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        Pending message = new Pending(request, step, intendedNanos);
        synchronized (this) {
            if (inFlight >= MAX_IN_FLIGHT) {
                if (waiting.size() >= MAX_WAITING) {
                    step.skipped();
                } else {
                    waiting.add(message);
                    step.sent();
                }
                return;
            }
            inFlight++;
        }
        step.sent();
        fire(message);
    }

    private void fire(Pending message) {
        http.sendAsync(message.request(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            long now = System.nanoTime();
            if (failure == null && response.statusCode() == 200 && response.body().startsWith(OK)) {
                message.step().acknowledged(message.intendedNanos(), now);
            } else {
                message.step().refused();
                tally.error("HTTP send: " + (failure != null ? failure.toString()
                        : response.statusCode() + " " + response.body()));
            }
            Pending next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    inFlight--;
                }
            }
            if (next != null) {
                fire(next);
            }
        });
    }
}
