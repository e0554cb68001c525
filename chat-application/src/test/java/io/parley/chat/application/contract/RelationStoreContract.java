package io.parley.chat.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.port.out.BlockPort;
import io.parley.chat.application.port.out.FollowPort;
import io.parley.chat.application.port.out.LoadSenderRelationsPort;
import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.relation.SenderRelations;
import io.parley.chat.domain.shared.Page;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.user.User;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every store of relations between users does (the Hibernate adapters on H2, PostgreSQL and MariaDB, and any
 * in-memory one): contact entries, blocks and follows. Tests create fresh users, so a shared store needs no cleaning.
 */
public abstract class RelationStoreContract {
    protected abstract FriendshipPort friendships();

    protected abstract BlockPort blocks();

    protected abstract FollowPort follows();

    /** The same relations read together, as the send path reads them. */
    protected abstract LoadSenderRelationsPort senderRelations();

    /** Where the users the relations refer to are created. */
    protected abstract SaveUserPort saveUsers();

    protected User newUser() {
        return new ContractUsers(saveUsers()).registered();
    }

    protected User newVisitor() {
        return new ContractUsers(saveUsers()).visitor();
    }

    // --- friendships

    @Test
    void strangersHaveNoContactEntries() {
        User a = newUser();
        User b = newUser();
        assertEquals(Optional.empty(), friendships().entry(a.id(), b.id()));
        assertEquals(Optional.empty(), friendships().entry(b.id(), a.id()));
    }

    @Test
    void aFriendshipIsOneEntryEachWayWithItsOwnersRemark() {
        User a = newUser();
        User b = newUser();
        friendships().befriend(a.id(), "小B", b.id(), "");

        Friendship aToB = friendships().entry(a.id(), b.id()).orElseThrow();
        assertEquals(a.id(), aToB.owner());
        assertEquals(b.id(), aToB.friend());
        assertEquals("小B", aToB.remark());
        assertTrue(aToB.friendSeesMe(), "friendlookme defaults to 1");
        assertTrue(aToB.iSeeFriend(), "melookfriend defaults to 1");
        assertFalse(aToB.starred());

        Friendship bToA = friendships().entry(b.id(), a.id()).orElseThrow();
        assertEquals(b.id(), bToA.owner());
        assertEquals(a.id(), bToA.friend());
        assertFalse(bToA.hasRemark());
        assertNotEquals(aToB.id(), bToA.id());
    }

    @Test
    void befriendingAgainKeepsTheEntriesAsTheyAre() {
        User a = newUser();
        User b = newUser();
        friendships().befriend(a.id(), "first", b.id(), "premier");
        Friendship before = friendships().entry(a.id(), b.id()).orElseThrow();

        friendships().befriend(b.id(), "second", a.id(), "zweite");

        assertEquals(before, friendships().entry(a.id(), b.id()).orElseThrow());
        assertEquals("premier", friendships().entry(b.id(), a.id()).orElseThrow().remark());
    }

    @Test
    void aFriendshipConcernsOnlyItsTwoUsers() {
        User a = newUser();
        User b = newUser();
        User c = newUser();
        friendships().befriend(a.id(), "", b.id(), "");
        assertEquals(Optional.empty(), friendships().entry(a.id(), c.id()));
        assertEquals(Optional.empty(), friendships().entry(c.id(), b.id()));
    }

    @Test
    void parallelBefriendingOfOnePairMakesOneEntryEachWay() throws Exception {
        User a = newUser();
        User b = newUser();
        // both orders at once: the case where two transactions would lock the entries in opposite order
        Concurrently.run(8, 8, i -> () -> {
            if (i % 2 == 0) {
                friendships().befriend(a.id(), "from a " + i, b.id(), "from b " + i);
            } else {
                friendships().befriend(b.id(), "from b " + i, a.id(), "from a " + i);
            }
            return null;
        });
        Friendship aToB = friendships().entry(a.id(), b.id()).orElseThrow();
        Friendship bToA = friendships().entry(b.id(), a.id()).orElseThrow();
        assertTrue(aToB.remark().startsWith("from a "), aToB.remark());
        assertTrue(bToA.remark().startsWith("from b "), bToA.remark());
        // the entries stay the ones the race created
        friendships().befriend(a.id(), "later", b.id(), "later");
        assertEquals(aToB, friendships().entry(a.id(), b.id()).orElseThrow());
        assertEquals(bToA, friendships().entry(b.id(), a.id()).orElseThrow());
    }

    // --- blocks

    @Test
    void aBlockGoesOneWayAndExistsWithoutFriendship() {
        User blocker = newUser();
        User blocked = newVisitor();
        assertFalse(blocks().blocks(blocker.id(), blocked.id()));

        assertTrue(blocks().block(blocker.id(), blocked.id()));

        assertTrue(blocks().blocks(blocker.id(), blocked.id()));
        assertFalse(blocks().blocks(blocked.id(), blocker.id()));
    }

    @Test
    void blockingTwiceChangesNothing() {
        User blocker = newUser();
        User blocked = newUser();
        assertTrue(blocks().block(blocker.id(), blocked.id()));
        assertFalse(blocks().block(blocker.id(), blocked.id()));
        assertEquals(1, blocks().blockedBy(blocker.id(), new PageRequest(1, 10)).count());
    }

    @Test
    void anUnblockLiftsTheBlockOnce() {
        User blocker = newUser();
        User blocked = newUser();
        assertFalse(blocks().unblock(blocker.id(), blocked.id()));
        blocks().block(blocker.id(), blocked.id());

        assertTrue(blocks().unblock(blocker.id(), blocked.id()));

        assertFalse(blocks().blocks(blocker.id(), blocked.id()));
        assertFalse(blocks().unblock(blocker.id(), blocked.id()));
        assertTrue(blocks().block(blocker.id(), blocked.id()), "a lifted block can be set again");
    }

    @Test
    void aFriendCanBeBlockedAndStaysAFriend() {
        User a = newUser();
        User b = newUser();
        friendships().befriend(a.id(), "", b.id(), "");
        blocks().block(a.id(), b.id());
        assertTrue(friendships().entry(a.id(), b.id()).isPresent());
        assertTrue(blocks().blocks(a.id(), b.id()));
    }

    @Test
    void theBlockListShowsTheMostRecentFirstWithTheTotal() {
        User blocker = newUser();
        User first = newUser();
        User second = newVisitor();
        User third = newUser();
        User notBlocked = newUser();
        blocks().block(blocker.id(), first.id());
        blocks().block(blocker.id(), second.id());
        blocks().block(blocker.id(), third.id());
        blocks().block(notBlocked.id(), blocker.id());

        assertEquals(new Page<>(3, List.of(third, second, first)),
                blocks().blockedBy(blocker.id(), new PageRequest(1, 10)));
        assertEquals(new Page<>(3, List.of(third, second)), blocks().blockedBy(blocker.id(), new PageRequest(1, 2)));
        assertEquals(new Page<>(3, List.of(first)), blocks().blockedBy(blocker.id(), new PageRequest(2, 2)));
        assertEquals(new Page<>(3, List.of()), blocks().blockedBy(blocker.id(), new PageRequest(3, 2)));
        assertEquals(new Page<>(0, List.of()), blocks().blockedBy(first.id(), new PageRequest(1, 10)));
    }

    @Test
    void parallelBlocksOfOnePairMakeOneBlock() throws Exception {
        User blocker = newUser();
        User blocked = newUser();
        List<Boolean> added = Concurrently.run(8, 8, i -> () -> blocks().block(blocker.id(), blocked.id()));
        assertEquals(1, added.stream().filter(Boolean::booleanValue).count(), added.toString());
        assertEquals(new Page<>(1, List.of(blocked)), blocks().blockedBy(blocker.id(), new PageRequest(1, 10)));
    }

    // --- follows

    @Test
    void aFollowGoesOneWay() {
        User follower = newVisitor();
        User followee = newUser();
        assertFalse(follows().follows(follower.id(), followee.id()));

        assertTrue(follows().follow(follower.id(), followee.id()));

        assertTrue(follows().follows(follower.id(), followee.id()));
        assertFalse(follows().follows(followee.id(), follower.id()));
        assertFalse(follows().follow(follower.id(), followee.id()), "following twice changes nothing");
    }

    @Test
    void anUnfollowEndsTheFollowOnce() {
        User follower = newUser();
        User followee = newUser();
        assertFalse(follows().unfollow(follower.id(), followee.id()));
        follows().follow(follower.id(), followee.id());

        assertTrue(follows().unfollow(follower.id(), followee.id()));

        assertFalse(follows().follows(follower.id(), followee.id()));
        assertFalse(follows().unfollow(follower.id(), followee.id()));
    }

    @Test
    void followeesAndFollowersAreListedMostRecentFirst() {
        User me = newUser();
        User star = newUser();
        User idol = newUser();
        User fan = newVisitor();
        User otherFan = newUser();
        follows().follow(me.id(), star.id());
        follows().follow(fan.id(), me.id());
        follows().follow(me.id(), idol.id());
        follows().follow(otherFan.id(), me.id());
        follows().follow(fan.id(), star.id());

        assertEquals(new Page<>(2, List.of(idol, star)), follows().followees(me.id(), new PageRequest(1, 10)));
        assertEquals(new Page<>(2, List.of(otherFan, fan)), follows().followers(me.id(), new PageRequest(1, 10)));
        assertEquals(new Page<>(2, List.of(fan)), follows().followers(me.id(), new PageRequest(2, 1)));
        assertEquals(new Page<>(2, List.of(fan, me)), follows().followers(star.id(), new PageRequest(1, 10)));
        assertEquals(new Page<>(0, List.of()), follows().followees(star.id(), new PageRequest(1, 10)));
    }

    @Test
    void anEndedFollowLeavesTheLists() {
        User me = newUser();
        User star = newUser();
        follows().follow(me.id(), star.id());
        follows().unfollow(me.id(), star.id());
        assertEquals(new Page<>(0, List.of()), follows().followees(me.id(), new PageRequest(1, 10)));
        assertEquals(new Page<>(0, List.of()), follows().followers(star.id(), new PageRequest(1, 10)));
    }

    @Test
    void parallelFollowsOfOnePairMakeOneFollow() throws Exception {
        User follower = newUser();
        User followee = newUser();
        List<Boolean> added = Concurrently.run(8, 8, i -> () -> follows().follow(follower.id(), followee.id()));
        assertEquals(1, added.stream().filter(Boolean::booleanValue).count(), added.toString());
        assertEquals(new Page<>(1, List.of(follower)), follows().followers(followee.id(), new PageRequest(1, 10)));
    }

    @Test
    void blocksAndFollowsAreSeparateRelations() {
        User a = newUser();
        User b = newUser();
        follows().follow(a.id(), b.id());
        assertFalse(blocks().blocks(a.id(), b.id()));
        blocks().block(b.id(), a.id());
        assertTrue(follows().follows(a.id(), b.id()));
        assertEquals(Optional.empty(), friendships().entry(a.id(), b.id()));
    }

    @Test
    void senderRelationsReadTogetherWhatTheSinglePortsSay() {
        User sender = newUser();
        User recipient = newUser();
        assertEquals(SenderRelations.NONE, senderRelations().between(sender.id(), recipient.id()));

        friendships().befriend(sender.id(), "my R", recipient.id(), "my S");
        blocks().block(recipient.id(), sender.id());
        follows().follow(sender.id(), recipient.id());
        SenderRelations all = senderRelations().between(sender.id(), recipient.id());
        assertEquals(friendships().entry(recipient.id(), sender.id()), all.recipientsEntryForSender());
        assertEquals("my S", all.recipientsEntryForSender().orElseThrow().remark());
        assertEquals(friendships().entry(sender.id(), recipient.id()), all.sendersEntryForRecipient());
        assertTrue(all.recipientBlocksSender());
        assertTrue(all.senderFollowsRecipient());
        assertFalse(all.recipientFollowsSender());

        SenderRelations reversed = senderRelations().between(recipient.id(), sender.id());
        assertFalse(reversed.recipientBlocksSender(), "the block is the recipient's of the sender, one way");
        assertTrue(reversed.recipientFollowsSender());
        assertFalse(reversed.senderFollowsRecipient());
    }
}
