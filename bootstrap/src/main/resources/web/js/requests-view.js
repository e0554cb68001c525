// Friend requests addressed to me (#12) and deciding on them (#13).
import * as api from './api.js';
import { $, avatar, busy, clear, h, showError, showInfo } from './dom.js';
import { displayName } from './session.js';

let afterDecision = () => {};

export function whenRequestDecided(callback) {
  afterDecision = callback;
}

const WORDS = { agree: 'Accepted', refuse: 'Declined', ignore: 'Ignored', pending: 'Waiting' };

export async function refreshRequests() {
  try {
    const { alldata: requests, pendingCount } = await api.friendRequests();
    const badge = $('#requests-badge');
    badge.textContent = String(pendingCount);
    badge.hidden = !pendingCount;
    clear($('#request-list')).append(...requests.map((request) => {
      const name = displayName(request.user) || `User ${request.user_id}`;
      const actions = h('div', { class: 'actions' });
      if (request.status === 'pending') {
        for (const [status, label] of [['agree', 'Accept'], ['refuse', 'Decline'], ['ignore', 'Ignore']]) {
          const button = h('button', { type: 'button', class: status === 'agree' ? `primary ${status}` : status }, label);
          button.addEventListener('click', () => busy(button, async () => {
            await api.handleRequest(request.id, status);
            showInfo(status === 'agree' ? `You and ${name} are friends now` : `${WORDS[status]}: ${name}`);
            await refreshRequests();
            afterDecision(status);
          }));
          actions.append(button);
        }
      } else {
        actions.append(h('span', { class: 'sub' }, WORDS[request.status] ?? request.status));
      }
      return h('li', { class: 'request', dataset: { requestId: request.id, userId: request.user_id } },
        avatar(request.user?.avatar, name),
        h('div', { class: 'grow' }, h('span', { class: 'name' }, name), h('span', { class: 'sub' }, request.nickname || '')),
        actions);
    }));
    $('#requests-empty').hidden = requests.length > 0;
  } catch (error) {
    showError(error);
  }
}
