/**
 * The {@code /ws} WebSocket endpoint of Parley (API.md d, j.5), served by Tyrus on the listener of the Grizzly
 * HTTP server that also serves the REST API.
 *
 * <p>Entry points for the composition root: {@link io.parley.chat.adapter.ws.WsServer#attach} (with its
 * {@link io.parley.chat.adapter.ws.WsServer.UseCases}) and {@link io.parley.chat.adapter.ws.LocalConnections} (the
 * node's socket registry, also the {@code CloseConnectionsPort} and the {@code PusherPort}).
 *
 * <p>How a connection flows: {@code UpgradeFilter} (our Grizzly filter, placed before the HTTP handler) hands a
 * WebSocket upgrade for {@code /ws} to Tyrus's engine and wraps the TCP connection in a {@code Wire}. The wire
 * enforces the frame-size and frame-rate limits on the raw frame headers, records when the client was last heard,
 * feeds Tyrus, and carries Tyrus's output back to Grizzly. Tyrus calls {@code ChatSocket}, which authenticates,
 * registers a {@code ChatConnection} (user, language, ack mode, the socket's single writer {@code Outbox}, and its
 * {@code SerialWork} queue) and hands client frames to {@code FrameDispatcher}, one {@code FrameHandler} per frame
 * type; frames that call a use case ({@code send}, {@code ack}, {@code read}) run on the endpoint's workers, one at
 * a time per socket. {@code Heartbeat} pings the registered sockets from one shared timer.
 *
 * <p>How a message reaches a client: the core calls {@code LocalConnections.push}, which writes the
 * {@code singleChat} frame through the recipient's {@code Outbox} and reports the outcome once the socket took the
 * frame (or will not); a recalled message goes as its recall notice (N-6). {@code LocalConnections.pushReadReceipt}
 * queues a {@code read} frame the same way without waiting for it. The outbox bounds what a client may leave unread;
 * past it the socket closes with 1013 and the frames it did not take fail, so their messages stay in the inbox.
 *
 * <p>Why not Tyrus's own Grizzly container: its add-on cannot be constructed on someone else's
 * {@code HttpServer} and its standalone server binds every interface (STYLE.md); and owning the filter is what
 * lets the wire see every frame, WebSocket pings included, before Tyrus buffers it.
 */
package io.parley.chat.adapter.ws;
