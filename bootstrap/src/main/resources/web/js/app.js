// The signed-in client: the socket, the panels, and what each incoming frame changes.
import * as api from './api.js';
import { $, $$, avatar, showError, showInfo } from './dom.js';
import { bindChatView, catchUp, closeChat, markRead, openChat, peerRead, render, useSocket } from './chat-view.js';
import { refreshContacts, refreshGroups } from './contacts-view.js';
import { refreshConversations, renderConversations } from './conversations-view.js';
import { bindGroups, showGroupPanel } from './group-view.js';
import { isNotice } from './messages.js';
import { refreshRequests, whenRequestDecided } from './requests-view.js';
import { bindSearch } from './search-view.js';
import { displayName, isVisitor } from './session.js';
import { bindSettings, loadSettings, whenUpgraded } from './settings-view.js';
import { ChatSocket } from './socket.js';
import { chatOf, on, receive, reset, store } from './store.js';

let socket = null;
let signedOut = () => {};
let upgraded = () => {};
let bound = false;

const STATUS_WORDS = {
  connecting: 'Connecting…',
  online: 'Online',
  ended: 'Disconnected',
};

function setStatus(state, detail) {
  const element = $('#conn-status');
  element.dataset.state = state;
  element.textContent = state === 'reconnecting' ? `Offline, reconnecting in ${detail} s…` : STATUS_WORDS[state] ?? state;
}

/** Runs `task` once after a burst of calls (notices often come in twos). */
function debounced(task, ms = 300) {
  let timer = null;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(task, ms);
  };
}

const memberListsChanged = debounced(() => {
  if (isVisitor(store.me)) return;
  refreshContacts();
  refreshRequests();
  refreshGroups();
});

function selectTab(name) {
  for (const tab of $$('[data-tab]')) tab.setAttribute('aria-selected', String(tab.dataset.tab === name));
  for (const panel of $$('[data-panel]')) panel.hidden = panel.dataset.panel !== name;
  if (name === 'requests') refreshRequests();
  if (name === 'contacts') {
    refreshContacts();
    refreshGroups();
  }
  if (name === 'settings') loadSettings();
}

function bindOnce() {
  if (bound) return;
  bound = true;
  for (const tab of $$('[data-tab]')) tab.addEventListener('click', () => selectTab(tab.dataset.tab));
  $('#logout').addEventListener('click', logOut);
  bindChatView();
  bindSearch();
  bindSettings();
  bindGroups();
  whenRequestDecided(() => {
    refreshContacts();
    refreshConversations();
  });
  whenUpgraded((account) => upgraded(account));
  on('conversations', renderConversations);
  on('chat-opened', () => {
    $('#group-panel').hidden = true;
    renderConversations();
  });
  on('chat-closed', renderConversations);
}

const handlers = {
  onStatus: setStatus,
  onConnected(isReconnect) {
    if (isReconnect) {
      showInfo('Back online');
      refreshConversations();
      catchUp();
    }
  },
  onMessage(message) {
    const { key, added } = receive(message);
    if (key === store.openKey) {
      render({});
      markRead(chatOf(key));
      if (message.chatType === 'group' && isNotice(message) && !$('#group-panel').hidden) showGroupPanel();
    }
    renderConversations();
    if (added && isNotice(message)) memberListsChanged();
  },
  onRead: peerRead,
  onFail: (frame) => showError({ message: frame.data, code: frame.code }),
  onEnded(reason, words) {
    if (reason === 'logged-out') return;
    if (reason === 'replaced') {
      showError({ message: words || 'You signed in somewhere else.', code: 'REPLACED' });
      setStatus('ended');
      $('#conn-status').textContent = 'Signed in elsewhere — reload to use it here';
      return;
    }
    showError({ message: words || 'Your session ended. Please log in again.', code: reason });
    endSession();
  },
};

/** Shows the client for a signed-in account (a login result with its token). */
export function startApp(account, { onSignedOut, onUpgraded }) {
  socket?.stop(); // a visitor who just became a user: the visitor's socket ends with the visitor's session
  signedOut = onSignedOut;
  upgraded = onUpgraded;
  bindOnce();
  reset(account);
  api.useToken(account.token);
  api.whenSessionEnds(() => endSession());

  $('#auth').hidden = true;
  $('#app').hidden = false;
  $('#me-name').textContent = displayName(account) + (isVisitor(account) ? ' (visitor)' : '');
  $('#me-avatar').replaceChildren(avatar(account.avatar, displayName(account)));
  const visitor = isVisitor(account);
  for (const element of $$('[data-members-only]')) element.hidden = visitor;
  for (const element of $$('[data-visitors-only]')) element.hidden = !visitor;
  closeChat();
  selectTab('chats');
  renderConversations();

  socket = new ChatSocket(account.token, handlers);
  useSocket(socket);
  socket.connect();
  refreshConversations();
  if (!visitor) {
    refreshContacts();
    refreshRequests();
  }
}

export function stopApp() {
  socket?.stop();
  socket = null;
  api.useToken(null);
}

function endSession() {
  stopApp();
  signedOut({ expired: true });
}

async function logOut() {
  socket?.stop();
  try {
    await api.logout();
  } catch (error) {
    // the session is gone either way
  }
  stopApp();
  signedOut({ expired: false });
}

export { openChat };
