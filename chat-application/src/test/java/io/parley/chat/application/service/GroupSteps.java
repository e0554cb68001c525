package io.parley.chat.application.service;

import io.parley.chat.application.fixtures.RecordingPusher.Push;
import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.CreateGroupCommand;
import io.parley.chat.application.port.in.GroupCommand;
import io.parley.chat.application.port.in.GroupMemberCommand;
import io.parley.chat.application.port.in.GroupTextCommand;
import io.parley.chat.application.port.in.JoinGroupCommand;
import io.parley.chat.application.port.in.SendMessageCommand;
import io.parley.chat.application.port.in.SetJoinPolicyCommand;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupMember;
import io.parley.chat.domain.group.GroupPolicies.Leaving;
import io.parley.chat.domain.group.GroupStatus;
import io.parley.chat.domain.group.JoinPolicy;
import io.parley.chat.domain.group.MemberStatus;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.user.UserId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The group actions as the adapters call them, on one test core, and what the tests read back. */
final class GroupSteps {
    private final TestCore test;

    GroupSteps(TestCore test) {
        this.test = test;
    }

    /** The owner befriends each friend (unless they are friends already), then makes a group of them all. */
    GroupId create(UserId owner, UserId... friends) {
        List<Long> entries = new ArrayList<>();
        for (UserId friend : friends) {
            if (test.relations().entry(owner, friend).isEmpty()) {
                test.relations().befriend(owner, "", friend, "");
            }
            entries.add(test.relations().entry(owner, friend).orElseThrow().id());
        }
        return test.core().createGroup().create(new CreateGroupCommand(owner, entries));
    }

    Group group(GroupId id) {
        return test.groups().byId(id).orElseThrow(() -> new AssertionError("no group " + id));
    }

    Optional<GroupMember> membership(GroupId group, UserId user) {
        return test.groups().membership(group, user);
    }

    Optional<MemberStatus> statusOf(GroupId group, UserId user) {
        return membership(group, user).map(GroupMember::status);
    }

    /** The joiner asks to join by themself (e.g. from the QR code). */
    MemberStatus selfJoin(GroupId group, UserId joiner) {
        return test.core().joinGroup().join(new JoinGroupCommand(joiner, group, joiner, -1, ""));
    }

    /** The inviter adds the joiner, naming themself as {@code inviteuser_id}. */
    MemberStatus invite(UserId inviter, GroupId group, UserId joiner) {
        return test.core().joinGroup().join(new JoinGroupCommand(inviter, group, joiner, inviter.value(), ""));
    }

    void policy(UserId owner, GroupId group, int value) {
        test.core().setJoinPolicy().setJoinPolicy(new SetJoinPolicyCommand(owner, group, new JoinPolicy(value)));
    }

    void decide(UserId owner, GroupId group, UserId candidate, boolean agree) {
        test.core().decideJoin().decide(new GroupMemberCommand(owner, group, candidate), agree);
    }

    void kick(UserId owner, GroupId group, UserId member) {
        test.core().kickMember().kick(new GroupMemberCommand(owner, group, member));
    }

    void mute(UserId owner, GroupId group, UserId member, boolean mute) {
        test.core().muteMember().mute(new GroupMemberCommand(owner, group, member), mute);
    }

    void rename(UserId caller, GroupId group, String name) {
        test.core().renameGroup().rename(new GroupTextCommand(caller, group, name));
    }

    void announce(UserId caller, GroupId group, String text) {
        test.core().announce().announce(new GroupTextCommand(caller, group, text));
    }

    void nickname(UserId caller, GroupId group, String nickname) {
        test.core().setGroupNickname().setNickname(new GroupTextCommand(caller, group, nickname));
    }

    Leaving leave(UserId caller, GroupId group) {
        return test.core().leaveGroup().leave(new GroupCommand(caller, group));
    }

    /** A text message to the group as #20 sends it. */
    Message say(UserId sender, GroupId group, String text) {
        return say(sender, group, text, null);
    }

    Message say(UserId sender, GroupId group, String text, String clientMsgId) {
        return test.core().sendMessage().send(SendMessageCommand.of(sender, Long.toString(group.value()), "group",
                "text", text, null, clientMsgId));
    }

    /** An administrator's lock (no use case yet): straight to the store. */
    void lock(GroupId group) {
        test.groups().update(group(group).withStatus(GroupStatus.LOCKED));
    }

    /** Every message of the group's conversation, oldest first. */
    List<Message> conversation(GroupId group) {
        return test.messages().inGroup(group);
    }

    /** The last message of the group's conversation. */
    Message last(GroupId group) {
        List<Message> messages = conversation(group);
        if (messages.isEmpty()) {
            throw new AssertionError("group " + group + " has no messages");
        }
        return messages.get(messages.size() - 1);
    }

    /** Who the message was pushed to (connected or not: each push is one recipient). */
    Set<UserId> pushedTo(Message message) {
        Set<UserId> recipients = new HashSet<>();
        for (Push push : test.pusher().pushes()) {
            if (push.message().id().equals(message.id())) {
                recipients.add(push.recipient());
            }
        }
        return recipients;
    }

    /** Who, among these users, holds an inbox entry for the message. */
    Set<UserId> inboxesHolding(Message message, UserId... among) {
        Set<UserId> holders = new HashSet<>();
        for (UserId user : among) {
            if (test.messages().inboxOf(user).contains(message.id())) {
                holders.add(user);
            }
        }
        return holders;
    }

    /** The text of a notice, as {@code data.data}. */
    static MessageData noticeText(String text) {
        return FriendSteps.noticeText(text);
    }
}
