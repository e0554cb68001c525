package io.parley.chat.application.port.in;

import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/**
 * #33 and {@code userQrcode}: which form of the code the client wants — {@code type=H5} with {@code http} (the web
 * client's origin) for a URL, otherwise the JSON form (API.md c.3, j.9).
 *
 * @param id the group's id for #33; ignored for the personal code
 */
public record QrCodeQuery(UserId caller, long id, String type, String http, String chatType) {
    public QrCodeQuery {
        Objects.requireNonNull(caller, "caller");
    }

    public boolean wantsH5() {
        return "H5".equals(type) && http != null && !http.isBlank();
    }
}
