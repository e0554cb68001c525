package io.parley.chat.adapter.rest;

import io.parley.chat.application.port.in.GroupInfoView;
import io.parley.chat.application.port.in.GroupListingView;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupMember;
import io.parley.chat.domain.group.GroupStatus;
import io.parley.chat.domain.group.JoinPolicy;
import io.parley.chat.domain.group.MemberStatus;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** Test groups (object mother): Alice's (7) group 12 "周末爬山" with Bob (8); every field filled. */
final class Groups {
    static final UserId ALICE = UserId.of(7);
    static final UserId BOB = UserId.of(8);
    static final GroupId ID = GroupId.of(12);
    static final String UUID = "9a1c2a1e-1111-4222-8333-944455556666";
    static final String BOB_UUID = "8f1c2a1e-1111-4222-8333-944455556666";
    /** 11:46:05 in the harness's zone, Asia/Shanghai. */
    static final Instant CREATED = Instant.parse("2025-07-13T03:46:05Z");
    static final Instant BOB_JOINED = Instant.parse("2025-07-14T16:00:00Z");

    private Groups() {
    }

    static Group hiking() {
        return new Group(ID, UUID, ALICE, "周末爬山", "/a.png,/b.png", "周六八点集合", new JoinPolicy(1),
                GroupStatus.ACTIVE, CREATED);
    }

    static GroupMember alice() {
        return new GroupMember(ID, ALICE, "领队", "/a-in-group.png", MemberStatus.ACTIVE, CREATED);
    }

    static GroupMember bob() {
        return new GroupMember(ID, BOB, "", "", MemberStatus.MUTED, BOB_JOINED);
    }

    static GroupListingView listing() {
        return new GroupListingView(hiking(), alice());
    }

    static GroupInfoView info() {
        return new GroupInfoView(hiking(), List.of(
                new GroupInfoView.MemberView(alice(), new UserSummary(ALICE, Accounts.alice().uuid(), "alice",
                        "Alice", "/a.png", Role.USER)),
                new GroupInfoView.MemberView(bob(), new UserSummary(BOB, BOB_UUID, "bob_01", "Bob", "/b.png",
                        Role.VISITOR))));
    }
}
