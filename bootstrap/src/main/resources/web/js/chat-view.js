// The open conversation: its messages (older ones loaded as the reader scrolls up), sending text and images,
// recalling one's own messages, read receipts.
import * as api from './api.js';
import { $, avatar, busy, clear, formatTime, h, showError } from './dom.js';
import { imageUrlOf, isImage, isNotice, isNoticeForPeer, keyOf, newClientId, parseKey, textOf, wrapText } from './messages.js';
import { addMessages, chatOf, emit, sortedMessages, store, upsertConversation } from './store.js';

/** The server's default (PARLEY_RECALL_WINDOW); the server decides, this only hides a button that would fail. */
const RECALL_WINDOW_MS = 5 * 60 * 1000;
const PAGE = 30;

const list = () => $('#messages');
let socket = null;

export function useSocket(chatSocket) {
  socket = chatSocket;
}

export async function openChat(chatType, id, { name, avatar: picture } = {}) {
  const key = keyOf(chatType, Number(id));
  store.openKey = key;
  const conversation = upsertConversation({ chatType, id: Number(id), name, avatar: picture });
  if (!conversation.name) conversation.name = chatType === 'group' ? `Group ${id}` : `User ${id}`;
  conversation.unread = 0;
  emit('conversations');
  emit('chat-opened', conversation);

  $('#chat').hidden = false;
  $('#app').classList.add('chat-open');
  $('#chat-title').textContent = conversation.name;
  $('#chat-avatar').replaceChildren(avatar(conversation.avatar, conversation.name));
  $('#group-info-toggle').hidden = chatType !== 'group';
  $('#message-input').focus();

  const chat = chatOf(key);
  render({ toBottom: true });
  if (!chat.loaded) await loadOlder(chat);
  markRead(chat);
}

export function closeChat() {
  store.openKey = null;
  $('#chat').hidden = true;
  $('#app').classList.remove('chat-open');
  emit('chat-closed');
}

/** Re-reads the newest page of the open chat (after a reconnect: whatever was missed meanwhile). */
export async function catchUp() {
  const key = store.openKey;
  if (!key) return;
  const { chatType, id } = parseKey(key);
  try {
    const page = await api.history(chatType, id, null, PAGE);
    addMessages(key, page.rows);
    if (store.openKey === key) {
      render({});
      markRead(chatOf(key));
    }
  } catch (error) {
    showError(error);
  }
}

async function loadOlder(chat) {
  if (chat.loading || !chat.hasMore) return;
  chat.loading = true;
  const { chatType, id } = parseKey(chat.key);
  const seqs = [...chat.messages.values()].map((m) => m.seq).filter((seq) => seq > 0);
  const before = seqs.length ? Math.min(...seqs) : null;
  try {
    const page = await api.history(chatType, id, before, PAGE);
    addMessages(chat.key, page.rows);
    chat.hasMore = page.has_more;
    chat.loaded = true;
  } catch (error) {
    showError(error);
  } finally {
    chat.loading = false;
  }
  if (store.openKey !== chat.key) return;
  const element = list();
  const fromBottom = element.scrollHeight - element.scrollTop;
  render({ toBottom: before === null });
  if (before !== null) element.scrollTop = element.scrollHeight - fromBottom; // the reader stays where they were
}

/** Moves my read pointer to the newest message loaded, over the socket when it is open. */
export function markRead(chat) {
  if (document.hidden || store.openKey !== chat.key) return;
  const seqs = [...chat.messages.values()].map((m) => m.seq).filter((seq) => seq > 0);
  const newest = seqs.length ? Math.max(...seqs) : 0;
  if (newest <= chat.myReadSeq) return;
  chat.myReadSeq = newest;
  const { chatType, id } = parseKey(chat.key);
  if (!socket?.markRead(chatType, id, newest)) api.markRead(chatType, id, newest).catch(showError);
  const conversation = store.conversations.get(chat.key);
  if (conversation && conversation.unread) {
    conversation.unread = 0;
    emit('conversations');
  }
}

/** The peer read up to `seq`: my messages up to there show as read. */
export function peerRead(receipt) {
  if (receipt.chatType !== 'single') return;
  const key = keyOf('single', Number(receipt.reader_id ?? receipt.id));
  const chat = chatOf(key);
  chat.peerReadSeq = Math.max(chat.peerReadSeq, Number(receipt.seq) || 0);
  if (store.openKey === key) render({});
}

/** A picture that loaded grew the list: the reader who was at the bottom stays there. */
function keepAtBottom(picture) {
  const element = list();
  if (element.scrollHeight - element.scrollTop - element.clientHeight < picture.clientHeight + 80) {
    element.scrollTop = element.scrollHeight;
  }
}

export function render({ toBottom = false } = {}) {
  const key = store.openKey;
  if (!key) return;
  const chat = chatOf(key);
  const element = list();
  const nearBottom = element.scrollHeight - element.scrollTop - element.clientHeight < 60;
  const isGroup = key.startsWith('group:');
  const items = sortedMessages(chat).filter((message) => !isNoticeForPeer(message, store.me.id))
    .map((message) => messageItem(chat, message, isGroup));
  if (chat.loading) items.unshift(h('li', { class: 'older' }, 'Loading…'));
  else if (chat.loaded && !chat.hasMore) items.unshift(h('li', { class: 'older' }, 'The beginning of the conversation'));
  clear(element).append(...items);
  if (toBottom || nearBottom) element.scrollTop = element.scrollHeight;
}

function messageItem(chat, message, isGroup) {
  const me = store.me.id;
  const mine = Number(message.from_id) === me;
  const dataset = { id: message.id ?? '', seq: message.seq ?? '', clientId: message.client_msg_id ?? '' };
  if (isNotice(message)) {
    return h('li', { class: 'message notice', dataset }, h('div', { class: 'bubble' }, textOf(message)));
  }
  const read = mine && !isGroup && message.seq > 0 && message.seq <= chat.peerReadSeq;
  const classes = ['message', mine ? 'mine' : 'theirs'];
  if (message.pending) classes.push('pending');
  if (message.failed) classes.push('failed');
  if (message.isremove) classes.push('recalled');
  if (read) classes.push('read');

  let body;
  if (message.isremove) {
    body = mine ? 'You recalled a message' : `${message.from_name || 'They'} recalled a message`;
  } else if (isImage(message) && message.pending && !message.data) {
    body = 'Uploading image…';
  } else if (isImage(message) && imageUrlOf(message)) {
    const url = imageUrlOf(message);
    const picture = h('img', { class: 'photo', src: url, alt: 'Image', loading: 'lazy' });
    picture.addEventListener('load', () => keepAtBottom(picture), { once: true });
    body = h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, picture);
  } else {
    body = textOf(message);
  }

  const meta = h('div', { class: 'meta' }, h('time', {}, formatTime(message.create_time)));
  if (mine) {
    let status = 'Sent';
    if (message.pending) status = 'Sending…';
    else if (message.failed) status = `Not sent: ${message.failed.message}`;
    else if (read) status = 'Read';
    meta.append(h('span', { class: 'status', dataset: message.failed ? { code: message.failed.code } : {} }, status));
    if (message.failed) {
      meta.append(h('button', { type: 'button', class: 'link retry', onclick: () => deliver(chat.key, message) }, 'Retry'));
    }
    if (message.id && !message.isremove && !message.pending && Date.now() - message.create_time < RECALL_WINDOW_MS) {
      const recallButton = h('button', { type: 'button', class: 'link recall' }, 'Recall');
      recallButton.addEventListener('click', () => busy(recallButton, () => recall(chat.key, message)));
      meta.append(recallButton);
    }
  }
  return h('li', { class: classes.join(' '), dataset },
    !mine && isGroup ? h('div', { class: 'from' }, message.from_name || '') : null,
    h('div', { class: 'bubble' }, body),
    meta);
}

async function recall(key, message) {
  const notice = await api.recall(message);
  addMessages(key, [{ ...notice, actionType: 'revoke', id: message.id }]);
  render({});
  emit('conversations');
}

/** Stores a message of mine: shown at once as pending, then as the stored message or with the server's words. */
async function deliver(key, draft) {
  const { chatType, id } = parseKey(key);
  const chat = chatOf(key);
  chat.pending.set(draft.client_msg_id, { ...draft, pending: true, failed: null });
  render({ toBottom: true });
  try {
    const stored = await api.sendMessage({
      sendto_id: id, chatType, type: draft.type, data: draft.data, client_msg_id: draft.client_msg_id,
    });
    addMessages(key, [stored]);
    upsertConversation({ chatType, id, last: stored, updatedAt: stored.create_time });
    emit('conversations');
  } catch (error) {
    chat.pending.set(draft.client_msg_id, { ...draft, pending: false, failed: error });
    showError(error);
  }
  if (store.openKey === key) render({ toBottom: true });
}

function draft(type, data) {
  const { chatType } = parseKey(store.openKey);
  return {
    client_msg_id: newClientId(), from_id: store.me.id, from_name: store.me.nickname || store.me.username,
    chatType, type, data, create_time: Date.now(),
  };
}

async function sendImage(file) {
  const key = store.openKey;
  const chat = chatOf(key);
  const message = draft('image', '');
  chat.pending.set(message.client_msg_id, { ...message, pending: true });
  render({ toBottom: true });
  try {
    const uploaded = await api.uploadImage(file);
    await deliver(key, { ...message, data: uploaded.url });
  } catch (error) {
    chat.pending.set(message.client_msg_id, { ...message, pending: false, failed: error });
    showError(error);
    if (store.openKey === key) render({});
  }
}

export function bindChatView() {
  const input = $('#message-input');
  $('#composer').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || !store.openKey) return;
    input.value = '';
    deliver(store.openKey, draft('text', wrapText(text)));
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $('#composer').requestSubmit();
    }
  });
  $('#image-input').addEventListener('change', (event) => {
    const files = Array.from(event.target.files);
    event.target.value = '';
    if (store.openKey) files.forEach(sendImage);
  });
  list().addEventListener('scroll', () => {
    const key = store.openKey;
    if (key && list().scrollTop < 80) loadOlder(chatOf(key));
  });
  $('#chat-back').addEventListener('click', closeChat);
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden && store.openKey) markRead(chatOf(store.openKey));
  });
}
