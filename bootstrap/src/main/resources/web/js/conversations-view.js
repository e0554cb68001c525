// The conversation list (GET /api/chat/conversations), most recent first, with unread counts.
import * as api from './api.js';
import { $, avatar, clear, formatTime, h, showError } from './dom.js';
import { keyOf, preview } from './messages.js';
import { openChat } from './chat-view.js';
import { emit, store, upsertConversation } from './store.js';

export async function refreshConversations() {
  try {
    const rows = await api.conversations();
    for (const row of rows) {
      const isSelf = row.chatType === 'single' && Number(row.id) === store.me.id;
      const key = keyOf(row.chatType, Number(row.id));
      upsertConversation({
        chatType: row.chatType,
        id: Number(row.id),
        name: isSelf ? 'Notices' : row.name,
        avatar: row.avatar,
        last: row.last_message,
        updatedAt: row.updated_at,
        unread: store.openKey === key ? 0 : row.unread,
      });
    }
    emit('conversations');
  } catch (error) {
    showError(error);
  }
}

export function renderConversations() {
  const conversations = [...store.conversations.values()]
    .filter((c) => c.last || c.key === store.openKey)
    .sort((a, b) => (b.updatedAt || 0) - (a.updatedAt || 0));
  const element = $('#conversation-list');
  clear(element).append(...conversations.map((c) => h('li', {
    class: `conversation clickable${c.key === store.openKey ? ' active' : ''}`,
    dataset: { key: c.key },
    onclick: () => openChat(c.chatType, c.id, { name: c.name, avatar: c.avatar }),
  },
  avatar(c.avatar, c.name),
  h('div', { class: 'grow' },
    h('span', { class: 'name' }, c.name || ''),
    h('span', { class: 'preview' }, preview(c.last))),
  h('div', { class: 'sub' },
    h('div', {}, formatTime(c.updatedAt)),
    c.unread > 0 ? h('span', { class: 'badge unread', 'aria-label': `${c.unread} unread` }, String(c.unread)) : null))));
  $('#conversations-empty').hidden = conversations.length > 0;
  const total = conversations.reduce((sum, c) => sum + (c.unread || 0), 0);
  document.title = total > 0 ? `(${total}) Parley` : 'Parley';
}
