// My contacts grouped by initial (#14) and my groups (#23).
import * as api from './api.js';
import { $, avatar, clear, h, showError } from './dom.js';
import { openChat } from './chat-view.js';
import { store } from './store.js';

export async function refreshContacts() {
  try {
    const answer = await api.contacts();
    const groups = Array.isArray(answer.rows) ? [] : answer.rows.newList;
    store.contacts = groups.flatMap((group) => group.list);
    const element = $('#contact-list');
    clear(element).append(...groups.map((group) => h('section', { class: 'initial-group' },
      h('h3', {}, group.title),
      h('ul', { class: 'list' }, group.list.map((contact) => h('li', {
        class: 'contact clickable',
        dataset: { userId: contact.friend_id },
        onclick: () => openChat('single', contact.friend_id, { name: contact.name, avatar: contact.avatar }),
      },
      avatar(contact.avatar, contact.name),
      h('div', { class: 'grow' },
        h('span', { class: 'name' }, contact.name),
        h('span', { class: 'sub' }, contact.isblack ? `@${contact.username} · blocked` : `@${contact.username}`))))))));
    $('#contacts-empty').hidden = store.contacts.length > 0;
  } catch (error) {
    showError(error);
  }
}

export async function refreshGroups() {
  try {
    const groups = await api.myGroups();
    clear($('#group-list')).append(...groups.map((group) => h('li', {
      class: 'group clickable',
      dataset: { groupId: group.id },
      onclick: () => openChat('group', group.id, { name: group.name, avatar: group.avatar }),
    }, avatar(group.avatar, group.name), h('div', { class: 'grow' }, h('span', { class: 'name' }, group.name)))));
  } catch (error) {
    showError(error);
  }
}
