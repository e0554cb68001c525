package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.parley.chat.application.port.in.FriendView;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.domain.relation.Friendship;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * #14: my contacts grouped by the initial of their name (API.md c.3, j.6, j.9):
 * {@code {count:n, rows:{newList:[{title:'A', list:[…]}], indexList:['A',…], total:n}}}, groups A–Z with
 * {@code #} last. With no contacts {@code rows} is {@code []}, as the seed's clients expect.
 *
 * @param rows {@link Grouped}, or an empty list when there is nobody to group
 */
record FriendListResponse(long count, Object rows) {
    /** Letters in alphabetical order, then {@code #}. */
    private static final Comparator<String> GROUP_ORDER = Comparator
            .comparing((String title) -> title.equals(NameInitials.OTHER))
            .thenComparing(Comparator.naturalOrder());

    /** Within a group; {@code List.sort} is stable, so equal names keep the order of the use case's answer. */
    private static final Comparator<Row> BY_NAME = Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER);

    static FriendListResponse of(List<FriendView> friends) {
        if (friends.isEmpty()) {
            return new FriendListResponse(0, List.of());
        }
        Map<String, List<Row>> groups = new TreeMap<>(GROUP_ORDER);
        for (FriendView friend : friends) {
            Row row = Row.of(friend);
            groups.computeIfAbsent(NameInitials.initialOf(row.name()), title -> new ArrayList<>()).add(row);
        }
        List<Group> newList = new ArrayList<>();
        for (Map.Entry<String, List<Row>> group : groups.entrySet()) {
            group.getValue().sort(BY_NAME);
            newList.add(new Group(group.getKey(), List.copyOf(group.getValue())));
        }
        List<String> indexList = List.copyOf(groups.keySet());
        return new FriendListResponse(friends.size(), new Grouped(newList, indexList, friends.size()));
    }

    record Grouped(List<Group> newList, List<String> indexList, long total) {
    }

    record Group(String title, List<Row> list) {
    }

    /** The seed's row: {@code beizhu} is my remark, {@code id} my contact entry's id; {@code isblack} is 0 or 1. */
    record Row(long id, String beizhu, String username, String avatar,
            @JsonProperty("friend_nickname") String friendNickname, @JsonProperty("friend_id") long friendId,
            String name, String uuid, int isblack) {

        static Row of(FriendView view) {
            Friendship entry = view.entry();
            UserSummary friend = view.friend();
            return new Row(entry.id(), entry.remark(), friend.username(), friend.avatar(), friend.nickname(),
                    friend.id().value(), view.name(), friend.uuid(), view.blocked() ? 1 : 0);
        }
    }
}
