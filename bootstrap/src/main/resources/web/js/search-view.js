// Finding people (#7), asking them to be friends (#11), or simply writing to them.
import * as api from './api.js';
import { $, avatar, busy, clear, h, showInfo } from './dom.js';
import { openChat } from './chat-view.js';
import { displayName } from './session.js';
import { store } from './store.js';

export function bindSearch() {
  const form = $('#search-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const keyword = form.keyword.value.trim();
    if (!keyword) return;
    busy(form.querySelector('button'), async () => {
      const people = await api.searchUsers(keyword);
      const element = $('#search-results');
      clear(element).append(...people.map(personItem));
      if (!people.length) element.append(h('li', { class: 'sub' }, `Nobody called “${keyword}”.`));
    });
  });
}

function personItem(person) {
  const name = displayName(person);
  const isFriend = store.contacts.some((contact) => contact.friend_id === person.id);
  const add = h('button', { type: 'button', class: 'add-friend' }, isFriend ? 'Friends' : 'Add friend');
  add.disabled = isFriend;
  add.addEventListener('click', () => busy(add, async () => {
    await api.applyFriend(person.id, `Hi, I'm ${displayName(store.me)}`);
    showInfo(`Friend request sent to ${name}`);
    add.textContent = 'Requested';
    add.dataset.done = 'true';
  }).then(() => { if (add.dataset.done) add.disabled = true; }));
  const write = h('button', { type: 'button', class: 'message-person',
    onclick: () => openChat('single', person.id, { name, avatar: person.avatar }) }, 'Message');
  return h('li', { class: 'person', dataset: { userId: person.id } },
    avatar(person.avatar, name),
    h('div', { class: 'grow' }, h('span', { class: 'name' }, name), h('span', { class: 'sub' }, `@${person.username}`)),
    h('div', { class: 'actions' }, add, write));
}
