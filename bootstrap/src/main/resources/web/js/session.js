// The signed-in account (the login result of docs/api.md, with its token), kept across page loads.
const SESSION_KEY = 'parley.session';

export function load() {
  try {
    const session = JSON.parse(localStorage.getItem(SESSION_KEY));
    return session && session.token && session.id ? session : null;
  } catch (broken) {
    return null;
  }
}

export function save(loginResult) {
  localStorage.setItem(SESSION_KEY, JSON.stringify(loginResult));
  return loginResult;
}

export function clear() {
  localStorage.removeItem(SESSION_KEY);
}

export const isVisitor = (session) => session?.role === 'visitor';

export const displayName = (person) => person?.nickname || person?.username || '';
