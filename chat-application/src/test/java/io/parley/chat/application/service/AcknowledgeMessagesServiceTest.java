package io.parley.chat.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.out.InboxPort;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.settings.SendPolicy;
import io.parley.chat.domain.user.UserId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AcknowledgeMessagesServiceTest {
    private final TestCore test = TestCore.create();
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");

    @Test
    void removeTheAcknowledgedEntriesOnly() {
        test.chatSettings(rita, new SendPolicy(2, false), new SendPolicy(2, false));
        Message first = test.send(sam, rita, "one");
        Message second = test.send(sam, rita, "two");
        Message third = test.send(sam, rita, "three");

        test.core().acknowledgeMessages().acknowledge(rita, List.of(first.id().value(), third.id().value()));

        assertEquals(List.of(second.id()), test.messages().inboxOf(rita));
    }

    @Test
    void ignoreWhatIsNoMessageIdOrNotInTheInbox() {
        Message sent = test.send(sam, rita, "one");
        List<String> junk = Arrays.asList(null, "", "abc", sent.id().value() + "x", UUID.randomUUID().toString(),
                "'; drop table inbox_entry; --                              ");

        test.core().acknowledgeMessages().acknowledge(rita, junk);

        assertEquals(List.of(sent.id()), test.messages().inboxOf(rita));
    }

    @Test
    void leaveOtherUsersEntriesAlone() {
        Message toRita = test.send(sam, rita, "hi");

        test.core().acknowledgeMessages().acknowledge(sam, List.of(toRita.id().value()));

        assertEquals(List.of(toRita.id()), test.messages().inboxOf(rita));
    }

    @Test
    void askTheInboxNothingForNothing() {
        InboxPort inbox = mock(InboxPort.class);
        new AcknowledgeMessagesService(inbox).acknowledge(rita, List.of("not an id"));
        verify(inbox, never()).remove(any(), any());
    }

    @Test
    void removeALongListInChunksEachIdOnce() {
        InboxPort inbox = mock(InboxPort.class);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < AcknowledgeMessagesService.CHUNK + 10; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            ids.add(id);
        }

        new AcknowledgeMessagesService(inbox).acknowledge(rita, ids);

        verify(inbox, times(2)).remove(eq(rita), any());
        verify(inbox).remove(rita, ids.stream().distinct().limit(AcknowledgeMessagesService.CHUNK)
                .map(MessageId::new).toList());
    }
}
