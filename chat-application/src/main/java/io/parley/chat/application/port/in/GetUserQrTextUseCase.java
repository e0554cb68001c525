package io.parley.chat.application.port.in;

/**
 * {@code GET /api/chat/userQrcode} (API.md j.6, j.9): the text of my personal QR code — JSON
 * {@code {"type":"user","uuid":"…","name":"…"}} or the H5 URL
 * {@code <http>#/pages/setpageInfo/setpageInfo?action=autoAddFriend&title=%E7%94%A8%E6%88%B7%E4%BB%8B%E7%BB%8D&uuid=<uuid>&chatType=single}.
 */
public interface GetUserQrTextUseCase {
    String userQrText(QrCodeQuery query);
}
