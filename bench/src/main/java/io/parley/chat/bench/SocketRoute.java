package io.parley.chat.bench;

import java.util.List;

/**
 * Messages over the generator's WebSocket connections, each to the sender's partner: the raw router's
 * {@code {"to":N,…}} frame (W0) or Parley's {@code send} frame (W1). Each frame is a per-sender head and tail built
 * once around the tag, so a message costs one string.
 */
final class SocketRoute implements MessageRoute {
    private final List<ClientSocket> sockets;
    private final String[] heads;
    private final String[] tails;
    private final Tally tally;
    private final StringBuilder frame = new StringBuilder(512);

    private SocketRoute(List<ClientSocket> sockets, String[] heads, String[] tails, Tally tally) {
        this.sockets = sockets;
        this.heads = heads;
        this.tails = tails;
        this.tally = tally;
    }

    /** W0: {@code {"to":<partner's user>,"id":"<tag>","p":"<text>"}}. */
    static SocketRoute raw(List<ClientSocket> sockets, Tally tally) {
        int n = evenCount(sockets);
        String[] heads = new String[n];
        String[] tails = new String[n];
        for (int i = 0; i < n; i++) {
            heads[i] = "{\"to\":" + sockets.get(Payload.partner(i, n)).userId() + ",\"id\":\"";
            tails[i] = "\",\"p\":\"" + Payload.TEXT + "\"}";
        }
        return new SocketRoute(sockets, heads, tails, tally);
    }

    /** W1: Parley's {@code send} frame (API.md, WebSocket client frames) with the tag as {@code client_msg_id}. */
    static SocketRoute parley(List<ClientSocket> sockets, Tally tally) {
        int n = evenCount(sockets);
        String[] heads = new String[n];
        String[] tails = new String[n];
        for (int i = 0; i < n; i++) {
            heads[i] = "{\"type\":\"send\",\"client_msg_id\":\"";
            tails[i] = "\",\"params\":{\"sendto_id\":" + sockets.get(Payload.partner(i, n)).userId()
                    + ",\"chatType\":\"single\",\"type\":\"text\",\"data\":\"" + Payload.TEXT + "\"}}";
        }
        return new SocketRoute(sockets, heads, tails, tally);
    }

    private static int evenCount(List<ClientSocket> sockets) {
        if (sockets.size() < 2 || sockets.size() % 2 != 0) {
            throw new IllegalArgumentException("pairs need an even number of connections: " + sockets.size());
        }
        return sockets.size();
    }

    @Override
    public int senders() {
        return sockets.size();
    }

    @Override
    public void send(int sender, RateStep step, long seq, long intendedNanos) {
        frame.setLength(0);
        frame.append(heads[sender]);
        FrameTag.append(frame, step.index(), seq, intendedNanos);
        frame.append(tails[sender]);
        ClientSocket socket = sockets.get(sender);
        if (socket.send(frame.toString())) {
            step.sent();
        } else if (socket.isOpen()) {
            step.skipped();
        } else {
            tally.error("send on the closed connection of user " + socket.userId());
        }
    }
}
