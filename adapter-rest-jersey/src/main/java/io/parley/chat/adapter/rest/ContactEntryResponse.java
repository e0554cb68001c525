package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.parley.chat.application.port.in.ContactEntryView;
import io.parley.chat.domain.relation.Friendship;

/** #19: my {@code goodfriend} row for a friend as the seed returns it (API.md b.3), flags as 0 or 1. */
record ContactEntryResponse(
        long id,
        @JsonProperty("user_id") long userId,
        @JsonProperty("friend_id") long friendId,
        String nickname,
        int friendlookme,
        int melookfriend,
        int ismystarfriend,
        int isblack,
        int status) {

    /**
     * The seed's administrative row status ("1 normal"): Parley keeps no such flag on contact entries, so every
     * entry it shows is a normal one.
     */
    private static final int NORMAL = 1;

    static ContactEntryResponse of(ContactEntryView view) {
        Friendship entry = view.entry();
        return new ContactEntryResponse(entry.id(), entry.owner().value(), entry.friend().value(), entry.remark(),
                flag(entry.friendSeesMe()), flag(entry.iSeeFriend()), flag(entry.starred()), flag(view.blocked()),
                NORMAL);
    }

    private static int flag(boolean value) {
        return value ? 1 : 0;
    }
}
