package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.HistoryPage;
import io.parley.chat.application.port.in.HistoryQuery;
import io.parley.chat.application.port.in.RecallMessageCommand;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class GetHistoryServiceTest {
    private final TestCore test = TestCore.create();
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");

    private HistoryPage page(UserId caller, UserId peer, Long beforeSeq, int limit) {
        return test.core().history().history(new HistoryQuery(caller, ChatType.SINGLE, peer.value(), beforeSeq,
                limit));
    }

    private static List<Long> seqs(HistoryPage page) {
        return page.rows().stream().map(Message::seq).toList();
    }

    /** Friends, so that either may write any number of messages. */
    private void exchange(int count) {
        test.relations().befriend(sam, "", rita, "");
        for (int i = 1; i <= count; i++) {
            test.send(i % 2 == 0 ? rita : sam, i % 2 == 0 ? sam : rita, "m" + i);
        }
    }

    @Test
    void pageBackwardsFromTheNewestAndSayWhetherOlderMessagesRemain() {
        exchange(5);

        HistoryPage newest = page(sam, rita, null, 2);
        assertEquals(List.of(5L, 4L), seqs(newest));
        assertTrue(newest.hasMore());

        HistoryPage middle = page(sam, rita, 4L, 2);
        assertEquals(List.of(3L, 2L), seqs(middle));
        assertTrue(middle.hasMore());

        HistoryPage oldest = page(sam, rita, 2L, 2);
        assertEquals(List.of(1L), seqs(oldest));
        assertFalse(oldest.hasMore());
    }

    @Test
    void sayNoMoreWhenTheLastPageIsExactlyFull() {
        exchange(4);

        HistoryPage page = page(sam, rita, 3L, 2);

        assertEquals(List.of(2L, 1L), seqs(page));
        assertFalse(page.hasMore());
        assertFalse(page(sam, rita, null, 4).hasMore());
        assertTrue(page(sam, rita, null, 3).hasMore());
    }

    @Test
    void showBothParticipantsTheSameConversation() {
        exchange(3);

        assertEquals(page(sam, rita, null, 10), page(rita, sam, null, 10));
        List<Message> newestFirst = new ArrayList<>(test.messages().between(sam, rita));
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, page(rita, sam, null, 10).rows());
    }

    @Test
    void takeThirtyByDefaultAndAHundredAtMost() {
        exchange(101);

        HistoryPage byDefault = test.core().history().history(HistoryQuery.of(sam, "single",
                Long.toString(rita.value()), null, null));
        assertEquals(LongStream.iterate(101, s -> s - 1).limit(30).boxed().toList(), seqs(byDefault));
        assertTrue(byDefault.hasMore());

        HistoryPage clamped = test.core().history().history(HistoryQuery.of(sam, "single",
                Long.toString(rita.value()), null, "500"));
        assertEquals(100, clamped.rows().size());
        assertEquals(2L, clamped.rows().get(99).seq());
        assertTrue(clamped.hasMore());
    }

    @Test
    void showARecalledMessageMarkedAndWithoutItsContent() {
        exchange(2);
        Message first = test.messages().between(sam, rita).get(0);
        test.core().recallMessage().recall(new RecallMessageCommand(sam, first.id(), null, null));

        Message shown = page(rita, sam, null, 10).rows().get(1);

        assertEquals(first.id(), shown.id());
        assertTrue(shown.recalled());
        assertEquals(MessageData.REMOVED, shown.data());
        assertEquals(first.seq(), shown.seq());
    }

    @Test
    void showOnlyTheCallersOwnConversationWithThePeer() {
        exchange(3);
        UserId tom = test.user("tom_01");

        // tom asking for "the history with rita" gets his own (empty) conversation with her, never sam's
        HistoryPage toms = page(tom, rita, null, 10);

        assertEquals(List.of(), toms.rows());
        assertFalse(toms.hasMore());
    }

    @Test
    void readTheNotesToSelf() {
        test.send(sam, sam, "remember");

        assertEquals(List.of(1L), seqs(page(sam, sam, null, 10)));
    }

    @Test
    void keepTheHistoryWithSomeoneDisabledSince() {
        exchange(2);
        test.disable(rita);

        assertEquals(List.of(2L, 1L), seqs(page(sam, rita, null, 10)));
    }

    @Test
    void refuseAPeerWhoIsNobody() {
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> page(sam, UserId.of(4040), null, 10));
    }

    @Test
    void refuseTheHistoryOfAGroupThatIsNot() {
        assertRefused(ReasonCode.GROUP_NOT_FOUND, () -> test.core().history().history(new HistoryQuery(sam,
                ChatType.GROUP, 1, null, 10)));
    }
}
