package io.parley.chat.application.port.in;

/**
 * #33: the text the group's QR code carries, for a member of a group that is not dissolved ({@code NOT_GROUP_MEMBER}
 * otherwise): the H5 URL {@code <http>#/pages/setpageInfo/setpageInfo?action=autoAddGroup&title=%E7%BE%A4%E4%BB%8B%E7%BB%8D&id=<id>&chatType=group}
 * or the JSON {@code {"id":<id>,"name":"<name>"}}. Rendering it as a PNG is the caller's.
 */
public interface GetGroupQrTextUseCase {
    String groupQrText(QrCodeQuery query);
}
