package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.GroupCommand;
import io.parley.chat.application.port.in.GroupListingView;
import io.parley.chat.application.port.in.HistoryQuery;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.in.QrCodeQuery;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupPolicies.Leaving;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of API.md f.1 as j.6 and j.10 fix it, through the use cases: each action by the owner, an active member, a
 * member waiting for the owner, a registered user outside the group and a visitor outside it, each on a fresh group.
 */
class GroupAccessTableTest {
    private final TestCore test = TestCore.create();
    private final GroupSteps steps = new GroupSteps(test);
    private final UserId owner = test.user("owner_01");
    private final UserId member = test.user("member_01");
    private final UserId target = test.user("target_01");
    private final UserId pending = test.user("pending_01");
    private final UserId outsider = test.user("outsider_01");
    private final UserId visitor = test.visitor();
    private final GroupId group;

    GroupAccessTableTest() {
        group = steps.create(owner, member, target);
        steps.policy(owner, group, 1);
        steps.selfJoin(group, pending);
    }

    enum Role { OWNER, MEMBER, PENDING, OUTSIDER, VISITOR }

    private UserId as(Role role) {
        return switch (role) {
            case OWNER -> owner;
            case MEMBER -> member;
            case PENDING -> pending;
            case OUTSIDER -> outsider;
            case VISITOR -> visitor;
        };
    }

    private static final ReasonCode OK = null;

    /** Per action, the reason each role gets, in the order of {@link Role}; {@code OK} where it is allowed. */
    private static final Map<String, ReasonCode[]> TABLE = Map.ofEntries(
            Map.entry("send", row(OK, OK, ReasonCode.NOT_GROUP_MEMBER, ReasonCode.NOT_GROUP_MEMBER,
                    ReasonCode.NOT_GROUP_MEMBER)),
            Map.entry("history", row(OK, OK, ReasonCode.NOT_GROUP_MEMBER, ReasonCode.NOT_GROUP_MEMBER,
                    ReasonCode.NOT_GROUP_MEMBER)),
            Map.entry("info", row(OK, OK, OK, OK, OK)),
            Map.entry("rename", row(OK, ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER,
                    ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER)),
            Map.entry("announce", row(OK, ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER,
                    ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER)),
            Map.entry("kick", row(OK, ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER,
                    ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER)),
            Map.entry("mute", row(OK, ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER,
                    ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER)),
            Map.entry("policy", row(OK, ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER,
                    ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER)),
            Map.entry("approve", row(OK, ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER,
                    ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER)),
            Map.entry("reject", row(OK, ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER,
                    ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER)),
            Map.entry("invite", row(OK, OK, ReasonCode.NOT_GROUP_MEMBER, ReasonCode.NOT_GROUP_MEMBER,
                    ReasonCode.VISITOR_FORBIDDEN)),
            Map.entry("nickname", row(OK, OK, ReasonCode.NOT_GROUP_MEMBER, ReasonCode.NOT_GROUP_MEMBER,
                    ReasonCode.NOT_GROUP_MEMBER)),
            Map.entry("leave", row(OK, OK, OK, ReasonCode.NOT_GROUP_MEMBER, ReasonCode.NOT_GROUP_MEMBER)),
            Map.entry("qr", row(OK, OK, ReasonCode.NOT_GROUP_MEMBER, ReasonCode.NOT_GROUP_MEMBER,
                    ReasonCode.NOT_GROUP_MEMBER)));

    private static ReasonCode[] row(ReasonCode... reasons) {
        return reasons;
    }

    private Map<String, Consumer<UserId>> actions() {
        return Map.ofEntries(
                Map.entry("send", caller -> steps.say(caller, group, "hello")),
                Map.entry("history", caller -> test.core().history().history(new HistoryQuery(caller,
                        ChatType.GROUP, group.value(), null, 10))),
                Map.entry("info", caller -> assertNotNull(test.core().groupInfo().groupInfo(
                        new GroupCommand(caller, group)))),
                Map.entry("rename", caller -> steps.rename(caller, group, "New name")),
                Map.entry("announce", caller -> steps.announce(caller, group, "Read me")),
                Map.entry("kick", caller -> steps.kick(caller, group, target)),
                Map.entry("mute", caller -> steps.mute(caller, group, target, true)),
                Map.entry("policy", caller -> steps.policy(caller, group, 0)),
                Map.entry("approve", caller -> steps.decide(caller, group, pending, true)),
                Map.entry("reject", caller -> steps.decide(caller, group, pending, false)),
                Map.entry("invite", caller -> steps.invite(caller, group, test.user("invitee_01"))),
                Map.entry("nickname", caller -> steps.nickname(caller, group, "Me here")),
                Map.entry("leave", caller -> assertEquals(caller.equals(owner) ? Leaving.DISSOLVE
                        : Leaving.QUIT, steps.leave(caller, group))),
                Map.entry("qr", caller -> test.core().groupQrText().groupQrText(new QrCodeQuery(caller,
                        group.value(), null, null, null))));
    }

    static Stream<Arguments> cells() {
        return TABLE.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(action -> Stream.of(Role.values())
                        .map(role -> Arguments.of(action.getKey(), role, action.getValue()[role.ordinal()])));
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @MethodSource("cells")
    void everyActionForEveryoneAsTheTableSays(String action, Role role, ReasonCode expected) {
        Consumer<UserId> act = actions().get(action);
        UserId caller = as(role);
        if (expected == OK) {
            act.accept(caller);
        } else {
            assertRefused(expected, () -> act.accept(caller));
        }
    }

    @Test
    void listTheGroupForItsMembersOnly() {
        for (Role role : Role.values()) {
            List<GroupListingView> listed = test.core().myGroups().myGroups(new ListUsersQuery(as(role),
                    new PageRequest(1, 30)));
            boolean member = role == Role.OWNER || role == Role.MEMBER;
            assertEquals(member ? List.of(group) : List.of(), listed.stream().map(l -> l.group().id()).toList(),
                    role::name);
        }
    }

    @Test
    void theOwnerKicksNobodyButOthers() {
        assertRefused(ReasonCode.SELF_NOT_ALLOWED, () -> steps.kick(owner, group, owner));
    }
}
