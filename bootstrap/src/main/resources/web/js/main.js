// Starts the client: a stored session goes straight in, otherwise the sign-in screen. Links into the client:
//   #/u/<uuid>  write to that user (the chat link of Settings)
//   #/pages/setpageInfo/setpageInfo?action=autoAddGroup&id=<group>  join a group (what its QR code says)
//   #/pages/setpageInfo/setpageInfo?action=autoAddFriend&uuid=<uuid>  write to that user (their QR code)
import * as api from './api.js';
import { showAuth, bindAuth } from './auth-view.js';
import { openChat, startApp, stopApp } from './app.js';
import { showError, showInfo } from './dom.js';
import * as session from './session.js';

function routeOf(hash) {
  if (hash.startsWith('#/u/')) return { action: 'user', uuid: decodeURIComponent(hash.slice(4)) };
  const query = hash.indexOf('?');
  if (hash.startsWith('#/pages/') && query > 0) {
    const params = new URLSearchParams(hash.slice(query + 1));
    if (params.get('action') === 'autoAddGroup') return { action: 'group', id: Number(params.get('id')) };
    if (params.get('action') === 'autoAddFriend') return { action: 'user', uuid: params.get('uuid') };
  }
  return null;
}

async function hintFor(route) {
  if (route?.action === 'user') {
    try {
      const person = await api.publicProfile(route.uuid);
      return `Log in, register or continue as a visitor to write to ${session.displayName(person)}.`;
    } catch (error) {
      return '';
    }
  }
  return route?.action === 'group' ? 'Log in or register to join the group.' : '';
}

async function follow(route, me) {
  history.replaceState(null, '', location.pathname);
  try {
    if (route.action === 'user') {
      const person = await api.publicProfile(route.uuid);
      if (person.id !== me.id) {
        await openChat('single', person.id, { name: session.displayName(person), avatar: person.avatar });
      }
    } else if (route.action === 'group' && route.id > 0) {
      if (window.confirm(`Join group ${route.id}?`)) {
        const answer = await api.inviteToGroup(route.id, me.id, -1);
        showInfo(typeof answer === 'string' ? answer : 'Joined');
      }
    }
  } catch (error) {
    showError(error);
  }
}

function signedIn(account) {
  const stored = session.save(account);
  startApp(stored, { onSignedOut: signedOut, onUpgraded: signedIn });
  const route = routeOf(location.hash);
  if (route) follow(route, stored);
}

async function signedOut({ expired }) {
  session.clear();
  const error = expired ? { message: 'Your session ended. Please log in again.', code: 'SESSION_ENDED' } : null;
  showAuth({ error });
  const hint = await hintFor(routeOf(location.hash));
  if (hint) showAuth({ hint, error });
}

bindAuth(signedIn);
window.addEventListener('hashchange', async () => {
  const route = routeOf(location.hash);
  const account = session.load();
  if (!route) return;
  if (account && !document.getElementById('app').hidden) follow(route, account);
  else showAuth({ hint: await hintFor(route) });
});

const stored = session.load();
if (stored) {
  signedIn(stored);
} else {
  stopApp();
  showAuth();
  hintFor(routeOf(location.hash)).then((hint) => { if (hint) showAuth({ hint }); });
}
