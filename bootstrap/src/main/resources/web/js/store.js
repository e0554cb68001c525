// What the client knows: who is signed in, the conversation list, and the messages loaded per conversation.
// Views subscribe to named changes; nothing here talks to the network.
import { conversationKey, isRecallNotice, keyOf } from './messages.js';

export const store = {
  me: null,
  conversations: new Map(), // key → {key, chatType, id, name, avatar, last, unread, updatedAt}
  chats: new Map(), // key → Chat
  openKey: null,
  contacts: [], // #14 rows, flattened
};

const listeners = new Map();

export function on(event, listener) {
  if (!listeners.has(event)) listeners.set(event, new Set());
  listeners.get(event).add(listener);
}

export function emit(event, detail) {
  for (const listener of listeners.get(event) ?? []) listener(detail);
}

export function reset(me) {
  store.me = me;
  store.conversations.clear();
  store.chats.clear();
  store.openKey = null;
  store.contacts = [];
}

/** One conversation's loaded messages, by id; `pending` are mine not yet stored (keyed by client id). */
export function chatOf(key) {
  if (!store.chats.has(key)) {
    store.chats.set(key, {
      key,
      messages: new Map(),
      pending: new Map(),
      hasMore: true,
      loaded: false,
      loading: false,
      myReadSeq: 0,
      peerReadSeq: 0,
    });
  }
  return store.chats.get(key);
}

export function sortedMessages(chat) {
  const stored = [...chat.messages.values()].sort((a, b) => (a.seq - b.seq) || (a.create_time - b.create_time));
  return stored.concat([...chat.pending.values()]);
}

/** Adds messages (de-duplicated by id: ack mode may deliver one twice); answers those that were new. */
export function addMessages(key, messages) {
  const chat = chatOf(key);
  const added = [];
  for (const message of messages) {
    if (isRecallNotice(message)) {
      applyRecall(chat, message);
      continue;
    }
    const known = chat.messages.get(message.id);
    if (!known) added.push(message);
    chat.messages.set(message.id, known && known.isremove ? known : message);
    if (message.client_msg_id) chat.pending.delete(message.client_msg_id);
  }
  return added;
}

function applyRecall(chat, notice) {
  const original = chat.messages.get(notice.id);
  if (original) chat.messages.set(notice.id, { ...original, isremove: 1, data: '', recallNotice: notice });
  const conversation = store.conversations.get(chat.key);
  if (conversation?.last?.id === notice.id) conversation.last = { ...conversation.last, isremove: 1, data: '' };
}

export function upsertConversation(fields) {
  const key = keyOf(fields.chatType, fields.id);
  const known = store.conversations.get(key) ?? { key, unread: 0 };
  const merged = { ...known, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
  store.conversations.set(key, merged);
  return merged;
}

/** A message that arrived live: into its chat, and to the top of the list. */
export function receive(message) {
  const key = conversationKey(message, store.me.id);
  const added = addMessages(key, [message]);
  const mine = Number(message.from_id) === store.me.id;
  const { chatType, id } = { chatType: message.chatType === 'group' ? 'group' : 'single', id: Number(key.split(':')[1]) };
  const conversation = store.conversations.get(key);
  const fields = { chatType, id, updatedAt: message.create_time || Date.now() };
  if (!isRecallNotice(message)) fields.last = message;
  if (!conversation || !conversation.name) {
    if (chatType === 'group') {
      fields.name = message.group?.name;
      fields.avatar = message.group?.avatar;
    } else if (id === store.me.id) {
      fields.name = 'Notices';
    } else {
      fields.name = mine ? message.to_name : message.from_name;
      fields.avatar = mine ? message.to_avatar : message.from_avatar;
    }
  }
  const updated = upsertConversation(fields);
  if (added.length && !mine && !isRecallNotice(message) && !(store.openKey === key && !document.hidden)) {
    updated.unread = (updated.unread || 0) + 1;
  }
  return { key, added: added.length > 0 };
}
