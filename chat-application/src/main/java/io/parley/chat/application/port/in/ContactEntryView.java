package io.parley.chat.application.port.in;

import io.parley.chat.domain.relation.Friendship;

/** My contact entry for a friend as #19 shows it: the {@code goodfriend} row with its {@code isblack} flag. */
public record ContactEntryView(Friendship entry, boolean blocked) {
}
