// Signing in: log in (#2), register (#1), or enter as a visitor with a signed device registration (#4).
import * as api from './api.js';
import { $, $$, busy } from './dom.js';
import { signedRequest } from './visitor.js';

let onSignedIn = () => {};

export function showAuth({ hint, error } = {}) {
  $('#app').hidden = true;
  $('#auth').hidden = false;
  $('#auth-hint').hidden = !hint;
  $('#auth-hint').textContent = hint || '';
  const errorLine = $('#auth-error');
  errorLine.textContent = error?.message || '';
  if (error?.code) errorLine.dataset.code = error.code; else delete errorLine.dataset.code;
}

function selectTab(name) {
  for (const tab of $$('[data-auth-tab]')) tab.setAttribute('aria-selected', String(tab.dataset.authTab === name));
  for (const form of $$('[data-auth-form]')) form.hidden = form.dataset.authForm !== name;
}

async function attempt(button, action) {
  $('#auth-error').textContent = '';
  const account = await busy(button, async () => {
    try {
      return await action();
    } catch (error) {
      showAuth({ hint: $('#auth-hint').textContent, error });
      throw error;
    }
  });
  if (account) onSignedIn(account);
}

export function bindAuth(signedIn) {
  onSignedIn = signedIn;
  for (const tab of $$('[data-auth-tab]')) tab.addEventListener('click', () => selectTab(tab.dataset.authTab));
  const login = $('#login-form');
  login.addEventListener('submit', (event) => {
    event.preventDefault();
    attempt(login.querySelector('button'), () => api.login(login.username.value.trim(), login.password.value));
  });
  const register = $('#register-form');
  register.addEventListener('submit', (event) => {
    event.preventDefault();
    attempt(register.querySelector('button'), () => api.register(register.username.value.trim(), register.password.value));
  });
  const visitor = $('#visitor-enter');
  visitor.addEventListener('click', () => attempt(visitor, async () => {
    const { signature, body } = await signedRequest();
    return api.visitorRegister(signature, body);
  }));
}
