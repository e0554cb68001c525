// Groups: creating one from contacts (#22), and the panel beside a group chat: members (#24), rename (#25),
// announcement (#26), invite (#30), the QR code (#33), leave or dissolve (#32).
import * as api from './api.js';
import { $, avatar, busy, clear, h, showError, showInfo } from './dom.js';
import { refreshContacts, refreshGroups } from './contacts-view.js';
import { closeChat } from './chat-view.js';
import { parseKey } from './messages.js';
import { displayName } from './session.js';
import { store, upsertConversation, emit } from './store.js';

const panel = () => $('#group-panel');

export function bindGroups() {
  $('#group-info-toggle').addEventListener('click', () => {
    if (panel().hidden) showGroupPanel(); else panel().hidden = true;
  });
  $('#new-group').addEventListener('click', openCreateDialog);
  $('#group-create-cancel').addEventListener('click', () => $('#group-create').close());
  $('#group-create-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const ids = Array.from(event.target.querySelectorAll('input:checked'), (box) => Number(box.value));
    if (!ids.length) {
      showError(new Error('Choose at least one contact.'));
      return;
    }
    busy(event.target.querySelector('button[type=submit]'), async () => {
      await api.createGroup(ids);
      $('#group-create').close();
      showInfo('Group created');
      refreshGroups();
    });
  });
}

async function openCreateDialog() {
  await refreshContacts();
  const list = clear($('#group-create-contacts'));
  if (!store.contacts.length) list.append(h('p', { class: 'hint' }, 'Add some friends first.'));
  for (const contact of store.contacts) {
    list.append(h('label', { class: 'check' },
      h('input', { type: 'checkbox', value: String(contact.id), dataset: { userId: contact.friend_id } }),
      contact.name));
  }
  $('#group-create').showModal();
}

/** The panel of the open group chat; hidden when another chat opens. */
export async function showGroupPanel() {
  const key = store.openKey;
  if (!key?.startsWith('group:')) return;
  const { id } = parseKey(key);
  const element = panel();
  element.hidden = false;
  let group;
  try {
    group = await api.groupInfo(id);
  } catch (error) {
    showError(error);
    element.hidden = true;
    return;
  }
  if (store.openKey !== key) return;
  upsertConversation({ chatType: 'group', id, name: group.name, avatar: group.avatar });
  $('#chat-title').textContent = group.name;
  emit('conversations');

  const me = store.me.id;
  const isOwner = Number(group.user_id) === me;
  const members = group.group_users || [];
  const memberIds = new Set(members.map((m) => Number(m.user_id)));
  clear(element).append(
    h('h3', {}, group.name),
    group.remark ? h('div', { class: 'announcement' }, group.remark) : h('p', { class: 'hint' }, 'No announcement.'),
    isOwner ? ownerForms(group) : null,
    inviteForm(group, memberIds),
    h('h3', {}, `Members (${members.length})`),
    h('ul', { class: 'list members' }, members.map((member) => {
      const name = member.nickname || displayName(member.user) || `User ${member.user_id}`;
      return h('li', { dataset: { userId: member.user_id } }, avatar(member.avatar || member.user?.avatar, name),
        h('div', { class: 'grow' }, h('span', { class: 'name' }, name),
          Number(member.user_id) === Number(group.user_id) ? h('span', { class: 'sub' }, 'Owner') : null));
    })),
    h('h3', {}, 'QR code'),
    h('p', { class: 'hint' }, 'Scanning it opens this client and asks to join.'),
    h('img', { class: 'qr group-qr', src: api.groupQrUrl(id), alt: `QR code of ${group.name}`, width: 160, height: 160 }),
    leaveButton(group, isOwner));
}

function ownerForms(group) {
  const rename = h('form', { class: 'stack rename-form' },
    h('label', {}, 'Group name', h('input', { name: 'name', value: group.name, maxlength: 20, required: true })),
    h('button', { type: 'submit' }, 'Rename'));
  rename.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(rename.querySelector('button'), async () => {
      await api.renameGroup(group.id, rename.name.value.trim());
      showInfo('Group renamed');
      await showGroupPanel();
      refreshGroups();
    });
  });
  const notice = h('form', { class: 'stack announce-form' },
    h('label', {}, 'Announcement', h('textarea', { name: 'remark', rows: 3, maxlength: 500, required: true }, group.remark || '')),
    h('button', { type: 'submit' }, 'Publish'));
  notice.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(notice.querySelector('button'), async () => {
      await api.announce(group.id, notice.remark.value.trim());
      showInfo('Announcement published');
      await showGroupPanel();
    });
  });
  return h('div', { class: 'stack' }, rename, notice);
}

function inviteForm(group, memberIds) {
  const candidates = store.contacts.filter((contact) => !memberIds.has(Number(contact.friend_id)));
  if (!candidates.length) return null;
  const form = h('form', { class: 'stack invite-form' },
    h('label', {}, 'Invite a contact', h('select', { name: 'user' },
      candidates.map((contact) => h('option', { value: String(contact.friend_id) }, contact.name)))),
    h('button', { type: 'submit' }, 'Invite'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form.querySelector('button'), async () => {
      const answer = await api.inviteToGroup(group.id, Number(form.user.value), store.me.id);
      showInfo(typeof answer === 'string' ? answer : 'Invited');
      await showGroupPanel();
    });
  });
  return form;
}

function leaveButton(group, isOwner) {
  const button = h('button', { type: 'button', class: 'leave-group' }, isOwner ? 'Dissolve the group' : 'Leave the group');
  button.addEventListener('click', () => {
    if (!window.confirm(isOwner ? `Dissolve ${group.name} for everyone?` : `Leave ${group.name}?`)) return;
    busy(button, async () => {
      await api.leaveGroup(group.id);
      panel().hidden = true;
      store.conversations.delete(`group:${group.id}`);
      closeChat();
      emit('conversations');
      refreshGroups();
    });
  });
  return button;
}
