// Signed visitor requests (#4–#6): X-Security-Sign is the hex SHA-256 of
// "deviceId=<id>&salt=<salt>&timestamp=<ms>APP_SECRET". The salt is the server's PARLEY_VISITOR_SALT, which the server
// writes into the page (<meta name="parley-visitor-salt">).
import { sha256Hex as sha256HexFallback } from './sha256.js';

const DEVICE_KEY = 'parley.device';

async function sha256Hex(text) {
  if (globalThis.crypto?.subtle) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  }
  return sha256HexFallback(text);
}

function newUuid() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** This browser's device id: 36 characters, kept, so that the same visitor comes back. */
export function deviceId() {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id || !/^[A-Za-z0-9_-]{36}$/.test(id)) {
    id = newUuid();
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

function salt() {
  return document.querySelector('meta[name="parley-visitor-salt"]')?.content ?? '';
}

/** The header and the body fields of a signed visitor request. */
export async function signedRequest(extra = {}) {
  const device = deviceId();
  const timestamp = Date.now();
  const signature = await sha256Hex(`deviceId=${device}&salt=${salt()}&timestamp=${timestamp}APP_SECRET`);
  return { signature, body: { deviceId: device, timestamp, uniplatform: 'web', ...extra } };
}
