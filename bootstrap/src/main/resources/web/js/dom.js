// Small DOM helpers. User content only ever goes in as text (textContent), never as HTML.

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

/** h('li', {class: 'x', dataset: {id: 1}, onclick: f}, 'text', child) */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') element.className = value;
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key in element && typeof value !== 'string') element[key] = value;
    else element.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export function clear(element) {
  element.replaceChildren();
  return element;
}

function banner(id, text, code) {
  const element = document.getElementById(id);
  $('.text', element).textContent = text;
  if (code) element.dataset.code = code; else delete element.dataset.code;
  element.hidden = false;
  clearTimeout(element.timer);
  element.timer = setTimeout(() => { element.hidden = true; }, id === 'error-banner' ? 12000 : 6000);
}

/** Shows a failure in words: the server's `data` for an ApiError, else the error's message. */
export function showError(error) {
  banner('error-banner', error?.message || String(error), error?.code);
}

export function showInfo(text) {
  banner('info-banner', text);
}

for (const id of ['error-banner', 'info-banner']) {
  document.getElementById(id)?.querySelector('.close').addEventListener('click', (e) => {
    e.currentTarget.parentElement.hidden = true;
  });
}

/** An avatar picture, or the name's first letter when there is none or it does not load. */
export function avatar(url, name) {
  const letter = () => h('span', { class: 'avatar', 'aria-hidden': 'true' }, (name || '?').trim().charAt(0).toUpperCase() || '?');
  const first = typeof url === 'string' ? url.split(',')[0].trim() : '';
  if (!/^https?:\/\//.test(first) && !first.startsWith('/')) return letter();
  const image = h('img', { class: 'avatar', src: first, alt: '', loading: 'lazy', referrerpolicy: 'no-referrer' });
  image.addEventListener('error', () => image.replaceWith(letter()), { once: true });
  return image;
}

export function formatTime(ms) {
  if (!ms) return '';
  const date = new Date(ms);
  const today = new Date();
  const time = date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return date.toDateString() === today.toDateString() ? time : `${date.toLocaleDateString()} ${time}`;
}

/** Runs an action for a button or form, disabling it meanwhile and showing any failure in words. */
export async function busy(element, action) {
  element.disabled = true;
  try {
    return await action();
  } catch (error) {
    showError(error);
    return undefined;
  } finally {
    element.disabled = false;
  }
}
