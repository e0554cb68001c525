// What a message of docs/api.md ("The message") means to a reader: which conversation it belongs to, its text.

/** "single:<peer id>" or "group:<group id>"; the system's notices live in one's own conversation. */
export function conversationKey(message, myId) {
  if (message.chatType === 'group') return `group:${message.to_id}`;
  const from = Number(message.from_id) || 0;
  const to = Number(message.to_id);
  if (from === 0) return `single:${to}`;
  return `single:${from === myId ? to : from}`;
}

export const keyOf = (chatType, id) => `${chatType}:${id}`;

export function parseKey(key) {
  const [chatType, id] = key.split(':');
  return { chatType, id: Number(id) };
}

export const isRecallNotice = (message) => message.actionType === 'revoke';

/** The system's words and a group's life events: shown as a centred line, whoever they come from. */
export const isNotice = (message) => message.type === 'systemNotice' || !Number(message.from_id);

export const isImage = (message) => message.type === 'image';

/**
 * A one-to-one notice spoken for me to my peer (N-2 "we are friends now" is stored once for each side, both in the
 * pair's conversation): the peer's copy, not mine to show.
 */
export const isNoticeForPeer = (message, myId) => message.chatType !== 'group' && message.type === 'systemNotice'
  && !message.actionType && Number(message.from_id) === myId && Number(message.to_id) !== myId;

/** The seed's clients wrap text as {"data":…,"dataType":false,"otherData":null}; notices carry that object. */
export function textOf(message) {
  let data = message.data;
  if (data && typeof data === 'object') return String(data.data ?? '');
  if (typeof data !== 'string') return '';
  if (data.startsWith('{')) {
    try {
      const parsed = JSON.parse(data);
      if (parsed && typeof parsed === 'object' && 'data' in parsed) data = String(parsed.data ?? '');
    } catch (plain) {
      // text that merely starts with a brace
    }
  }
  return data;
}

export function wrapText(text) {
  return JSON.stringify({ data: text, dataType: false, otherData: null });
}

/** An image message's address, only when it is an http(s) one. */
export function imageUrlOf(message) {
  const candidate = textOf(message);
  try {
    const url = new URL(candidate, location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch (notAUrl) {
    return null;
  }
}

export function preview(message) {
  if (!message) return '';
  if (message.isremove) return 'Message recalled';
  if (isImage(message)) return '[Image]';
  if (message.type && !['text', 'systemNotice', 'image'].includes(message.type)) return `[${message.type}]`;
  return textOf(message);
}

export function newClientId() {
  return globalThis.crypto?.randomUUID ? crypto.randomUUID()
    : `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
