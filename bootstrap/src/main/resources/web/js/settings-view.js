// Who may message me (#10's chatset: sendCount and needFollow per kind of sender), friend approval (#39
// invite_confirm), my chat link and QR code, and for visitors the upgrade to an account (#5).
import * as api from './api.js';
import { $, busy, showInfo } from './dom.js';
import { isVisitor, save } from './session.js';
import { store } from './store.js';
import { signedRequest } from './visitor.js';

const DEFAULT_RULE = { sendCount: 1, needFollow: false };
let userset = {};
let onUpgraded = () => {};

export function whenUpgraded(callback) {
  onUpgraded = callback;
}

export function shareLink(me) {
  return `${location.origin}/#/u/${me.uuid}`;
}

export async function loadSettings() {
  const me = store.me;
  const form = $('#chatset-form');
  // filled from the server first, so that a late answer never overwrites what the person chose
  delete form.dataset.loaded;
  for (const field of form.elements) field.disabled = true;
  $('#share-link').value = shareLink(me);
  $('#my-qr').src = api.myQrUrl();
  form.inviteConfirm.checked = Number(me.invite_confirm) === 1;
  try {
    const profile = await api.publicProfile(me.uuid);
    userset = profile.userset ? JSON.parse(profile.userset) : {};
  } catch (unreadable) {
    userset = {};
  }
  const chatset = userset && typeof userset.chatset === 'object' && userset.chatset ? userset.chatset : {};
  for (const kind of ['visitor', 'user']) {
    const rule = { ...DEFAULT_RULE, ...(chatset[kind] || {}) };
    form.elements[`${kind}.sendCount`].value = String(rule.sendCount);
    form.elements[`${kind}.needFollow`].checked = Boolean(rule.needFollow);
  }
  for (const field of form.elements) field.disabled = false;
  form.dataset.loaded = 'true';
}

export function bindSettings() {
  const form = $('#chatset-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form.querySelector('button[type=submit]'), async () => {
      const chatset = {};
      for (const kind of ['visitor', 'user']) {
        chatset[kind] = {
          sendCount: Number(form.elements[`${kind}.sendCount`].value),
          needFollow: form.elements[`${kind}.needFollow`].checked,
        };
      }
      userset = { ...(userset && typeof userset === 'object' ? userset : {}), chatset };
      await api.saveUserset(userset);
      const approve = form.inviteConfirm.checked ? 1 : 0;
      if (!isVisitor(store.me) && approve !== Number(store.me.invite_confirm)) {
        await api.updateProfile('invite_confirm', String(approve));
        store.me.invite_confirm = approve;
        save(store.me);
      }
      showInfo('Settings saved');
    });
  });
  $('#share-link').addEventListener('focus', (event) => event.target.select());

  const upgrade = $('#upgrade-form');
  upgrade.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(upgrade.querySelector('button'), async () => {
      const { signature, body } = await signedRequest({
        username: upgrade.username.value.trim(), password: upgrade.password.value,
      });
      const account = await api.visitorUpgrade(signature, body);
      showInfo('Your account is ready');
      onUpgraded(account);
    });
  });
}
