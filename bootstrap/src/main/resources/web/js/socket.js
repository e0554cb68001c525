// The WebSocket half of the contract: /ws?token=…&ack=1 (ack mode: nothing leaves the inbox before we acknowledge it,
// and what was pushed but not acknowledged is pushed again on the next connect). Reconnects with exponential
// backoff after the network drops; the server pushes what waited in the inbox on every connect (the catch-up).

const FIRST_DELAY_MS = 1000;
const LONGEST_DELAY_MS = 30000;
const SILENCE_LIMIT_MS = 75000; // the server pings every 30 s; this long without a frame means the line is dead
const ACK_DELAY_MS = 50; // acks are batched: frames per second are limited

/** Close codes after which reconnecting cannot help (docs/api.md "Close codes"). */
const FINAL_CLOSES = {
  4000: 'logged-out',
  4001: 'auth-failed',
  4002: 'replaced',
  4003: 'disabled',
};

export class ChatSocket {
  /**
   * @param token the session's token
   * @param handlers onMessage(message), onRead(receipt), onFail(frame), onStatus(state, detail),
   *                 onConnected(isReconnect), onEnded(reason, words)
   */
  constructor(token, handlers) {
    this.token = token;
    this.handlers = handlers;
    this.attempt = 0;
    this.everConnected = false;
    this.stopped = false;
    this.pendingAcks = [];
    this.lastFrameAt = Date.now();
    this.onOnline = () => this.reconnectNow();
    // the browser lost its network: a socket may linger for minutes before it fails, so drop it now
    this.onOffline = () => this.abandon();
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.watchdog = setInterval(() => this.checkSilence(), 10000);
  }

  url() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    return `${scheme}://${location.host}/ws?token=${encodeURIComponent(this.token)}&ack=1`;
  }

  connect() {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.handlers.onStatus('connecting');
    const ws = new WebSocket(this.url());
    this.ws = ws;
    ws.addEventListener('open', () => { this.lastFrameAt = Date.now(); });
    ws.addEventListener('message', (event) => this.receive(event.data));
    ws.addEventListener('close', (event) => this.closed(ws, event));
  }

  receive(text) {
    this.lastFrameAt = Date.now();
    let frame;
    try {
      frame = JSON.parse(text);
    } catch (notJson) {
      return;
    }
    if (frame.msg === 'force_logout') {
      this.end('replaced', frame.data);
      return;
    }
    if (frame.msg === 'fail' && !frame.type) {
      // the handshake was refused; the server closes with 4001/4003 next
      this.refusal = frame;
      return;
    }
    switch (frame.type) {
      case 'system': {
        const isReconnect = this.everConnected;
        this.everConnected = true;
        this.attempt = 0;
        this.handlers.onStatus('online');
        this.handlers.onConnected(isReconnect);
        break;
      }
      case 'ping':
        this.send({ type: 'pong' });
        break;
      case 'singleChat':
        if (frame.data?.id) this.acknowledge(frame.data.id);
        if (frame.data) this.handlers.onMessage(frame.data);
        break;
      case 'read':
        this.handlers.onRead(frame.data);
        break;
      case 'fail':
        this.handlers.onFail(frame);
        break;
      default:
        break; // pong, sent: nothing to do
    }
  }

  acknowledge(id) {
    this.pendingAcks.push(id);
    if (!this.ackTimer) {
      this.ackTimer = setTimeout(() => {
        this.ackTimer = null;
        const ids = this.pendingAcks.splice(0);
        // unsent acks are harmless: unacknowledged messages come again on the next connect, and are de-duplicated
        this.send({ type: 'ack', ids });
      }, ACK_DELAY_MS);
    }
  }

  /** Sends a frame if the socket is open; answers whether it went. */
  send(frame) {
    if (this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  markRead(chatType, id, seq) {
    return this.send({ type: 'read', chatType, id, seq });
  }

  closed(ws, event) {
    if (ws !== this.ws || this.stopped) return;
    const finalReason = FINAL_CLOSES[event.code];
    if (finalReason) {
      this.end(finalReason, this.refusal?.data || event.reason);
      return;
    }
    this.scheduleReconnect();
  }

  scheduleReconnect() {
    const ceiling = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** this.attempt);
    const delay = Math.round(ceiling / 2 + Math.random() * ceiling / 2);
    this.attempt += 1;
    this.handlers.onStatus('reconnecting', Math.ceil(delay / 1000));
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  reconnectNow() {
    if (this.retryTimer && !this.stopped) this.connect();
  }

  checkSilence() {
    if (this.ws?.readyState === WebSocket.OPEN && Date.now() - this.lastFrameAt > SILENCE_LIMIT_MS) this.abandon();
  }

  /** A dead line: its close event may take long to come, so it is left behind and a new one started. */
  abandon() {
    if (this.stopped || !this.ws || this.retryTimer) return;
    const dead = this.ws;
    this.ws = null;
    dead.close(4100, 'network lost');
    this.scheduleReconnect();
  }

  end(reason, words) {
    this.stop();
    this.handlers.onStatus('ended');
    this.handlers.onEnded(reason, words);
  }

  /** Closes for good (logging out, or the session ended). */
  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.ackTimer);
    clearInterval(this.watchdog);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    if (this.ws && this.ws.readyState <= WebSocket.OPEN) this.ws.close(1000);
  }
}
