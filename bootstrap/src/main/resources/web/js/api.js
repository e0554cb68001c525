// The HTTP half of Parley's contract (docs/api.md): every answer is {msg, data} or {msg:"fail", data, code, field}.
// A failure becomes an ApiError whose message is the server's own words, ready to show.

export class ApiError extends Error {
  constructor(words, code, status, field) {
    super(words);
    this.code = code;
    this.status = status;
    this.field = field;
  }
}

/** Codes after which the stored session is no use any more. */
export const SESSION_ENDED = new Set(['TOKEN_MISSING', 'TOKEN_INVALID', 'TOKEN_EXPIRED', 'USER_NOT_FOUND', 'USER_DISABLED']);

let token = null;
let onSessionEnded = () => {};

export function useToken(value) {
  token = value;
}

export function whenSessionEnds(callback) {
  onSessionEnded = callback;
}

async function request(method, path, { json, form, headers = {} } = {}) {
  const init = { method, headers: { ...headers } };
  if (token) init.headers.token = token;
  if (json !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(json);
  } else if (form !== undefined) {
    init.body = form; // FormData: the browser writes the multipart boundary
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (offline) {
    throw new ApiError('Cannot reach the server. Check your connection and try again.', 'NETWORK', 0);
  }
  let body;
  try {
    body = await response.json();
  } catch (notJson) {
    throw new ApiError(`The server answered HTTP ${response.status} without an explanation.`, 'HTTP_' + response.status,
      response.status);
  }
  if (body && body.msg === 'ok') return body.data;
  const failure = new ApiError(typeof body?.data === 'string' && body.data ? body.data : `HTTP ${response.status}`,
    body?.code || 'FAIL', response.status, body?.field);
  if (token && SESSION_ENDED.has(failure.code)) onSessionEnded(failure);
  throw failure;
}

const get = (path) => request('GET', path);
const post = (path, json = {}, headers) => request('POST', path, { json, headers });
const id = (value) => encodeURIComponent(String(value));

// accounts (#1–#6, #8, #10, #39)
export const register = (username, password) => post('/api/regChat', { username, password });
export const login = (username, password) => post('/api/loginChat', { username, password });
export const logout = () => post('/api/chat/logout');
export const visitorRegister = (signature, body) => post('/api/visitorRegister', body, { 'X-Security-Sign': signature });
export const visitorUpgrade = (signature, body) => post('/api/visitorregChat', body, { 'X-Security-Sign': signature });
export const publicProfile = (uuid) => get(`/api/userinfo/${id(uuid)}`);
export const saveUserset = (userset) => post('/api/chat/userset', { userset: JSON.stringify(userset) });
export const updateProfile = (fieldname, fieldValue) => post('/api/chat/updateUserinfo', { fieldname, fieldValue });

// friends (#7, #11–#14)
export const searchUsers = (keyword) => post('/api/chat/searchUser', { keyword, limit: 50 });
export const applyFriend = (friendId, nickname) => post('/api/chat/applyfriend', { friend_id: friendId, nickname });
export const friendRequests = () => get('/api/chat/listapplyfriend/1?limit=50');
export const handleRequest = (requestId, status) => post(`/api/chat/handleapply/${id(requestId)}`, { status });
export const contacts = () => get('/api/chat/goodfriendlist/1');

// messages (#20, #37, history, conversations, read)
export const sendMessage = (message) => post('/api/chat/socket/sendmessage', message);
export const history = (chatType, peerId, beforeSeq, limit = 30) => get(`/api/chat/history?chatType=${chatType}`
  + `&id=${id(peerId)}&limit=${limit}` + (beforeSeq ? `&before_seq=${beforeSeq}` : ''));
export const conversations = () => get('/api/chat/conversations');
export const markRead = (chatType, peerId, seq) => post('/api/chat/read', { chatType, id: peerId, seq });
export const recall = (message) => post('/api/chat/revokeMessage',
  { id: message.id, to_id: message.to_id, chatType: message.chatType });

// media (#34)
export function uploadImage(file) {
  const form = new FormData();
  form.append('file', file, file.name || 'image');
  return request('POST', '/api/chat/uploadStreamSingleToServerDiy/chatImgs', { form });
}

// groups (#22–#33)
export const createGroup = (contactEntryIds) => post('/api/chat/group/create', { userIds: contactEntryIds });
export const myGroups = () => get('/api/chat/grouplist/1?limit=100');
export const groupInfo = (groupId) => get(`/api/chat/groupinfo/${id(groupId)}`);
export const renameGroup = (groupId, name) => post('/api/chat/groupUpdateName', { id: groupId, name });
export const announce = (groupId, remark) => post('/api/chat/groupremark', { id: groupId, remark });
export const inviteToGroup = (groupId, userId, inviterId) => post('/api/chat/groupInviteUser',
  { group_id: groupId, user_id: userId, inviteuser_id: inviterId });
export const leaveGroup = (groupId) => post('/api/chat/groupDeleteOrQuit', { id: groupId });

/** QR codes are images the page loads by address, so the token rides in the query (docs/api.md #33). */
export function groupQrUrl(groupId) {
  return `/api/chat/groupQrcode/${id(groupId)}?token=${encodeURIComponent(token)}&type=H5`
    + `&http=${encodeURIComponent(location.origin)}&chatType=group`;
}

export function myQrUrl() {
  return `/api/chat/userQrcode?token=${encodeURIComponent(token)}&type=H5&http=${encodeURIComponent(location.origin)}`;
}
