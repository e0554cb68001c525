package io.parley.chat.application.service;

import io.parley.chat.application.port.in.GetUserQrTextUseCase;
import io.parley.chat.application.port.in.QrCodeQuery;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.user.User;

/** {@code userQrcode}: my own code, by my public uuid (never my internal id), as a URL for H5 or JSON for the app. */
final class GetUserQrTextService implements GetUserQrTextUseCase {
    private final LoadUserPort users;

    GetUserQrTextService(LoadUserPort users) {
        this.users = users;
    }

    @Override
    public String userQrText(QrCodeQuery query) {
        User me = Users.existing(users, query.caller());
        return query.wantsH5() ? QrCodeTexts.userUrl(query.http(), me.uuid())
                : QrCodeTexts.userJson(me.uuid(), me.displayName());
    }
}
