package io.parley.chat.application.service;

import io.parley.chat.application.port.in.GetPublicProfileUseCase;
import io.parley.chat.application.port.in.PublicProfile;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;

final class GetPublicProfileService implements GetPublicProfileUseCase {
    private final LoadUserPort loadUsers;

    GetPublicProfileService(LoadUserPort loadUsers) {
        this.loadUsers = loadUsers;
    }

    @Override
    public PublicProfile publicProfile(String uuid) {
        Ensure.length("uuid", uuid, 36, 36);
        return loadUsers.byUuid(uuid)
                .filter(User::isEnabled)
                .map(PublicProfile::of)
                .orElseThrow(() -> new DomainException(ReasonCode.USER_NOT_FOUND));
    }
}
