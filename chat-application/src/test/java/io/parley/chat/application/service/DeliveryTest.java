package io.parley.chat.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.local.InMemoryMessageBus;
import io.parley.chat.application.local.InMemoryPresence;
import io.parley.chat.application.local.RandomIds;
import io.parley.chat.application.port.in.SendMessageCommand;
import io.parley.chat.application.port.out.InboxPort;
import io.parley.chat.application.port.out.PusherPort;
import io.parley.chat.application.port.out.PusherPort.Outcome;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** What a delivery does when the connection or the inbox misbehaves: the sender never hears of it, nothing is lost. */
class DeliveryTest {
    private static final UserId RITA = UserId.of(2);
    private static final Message MESSAGE = new Message(new MessageId(UUID.randomUUID().toString()), 1, 1, 1, "Sam",
            "", "uuid-1", 2, "Rita", "", ChatType.SINGLE, "text", MessageData.text("hi"), null, null,
            Instant.parse("2024-06-01T10:00:00Z"), false);

    /** A node alone: nobody is connected anywhere else. */
    static final OtherNodes NO_OTHER_NODES = new OtherNodes("node-1", new InMemoryPresence(), new InMemoryMessageBus());

    private final PusherPort pusher = mock(PusherPort.class);
    private final InboxPort inbox = mock(InboxPort.class);
    private final Delivery delivery = new Delivery(pusher, inbox, Runnable::run, NO_OTHER_NODES);

    @Test
    void keepTheEntryWhenThePusherBreaksAndTryAgainNextTime() {
        when(pusher.push(RITA, MESSAGE)).thenThrow(new IllegalStateException("socket registry broken"))
                .thenReturn(CompletableFuture.completedFuture(Outcome.WRITTEN));

        Delivery.Push broken = delivery.deliverHere(RITA, MESSAGE).orElseThrow();
        assertFalse(broken.handedOver());
        assertEquals(Outcome.FAILED, broken.settled().join());
        verify(inbox, never()).remove(any(), any());

        Delivery.Push next = delivery.deliverHere(RITA, MESSAGE).orElseThrow();
        assertEquals(Outcome.WRITTEN, next.settled().join());
        verify(inbox).remove(RITA, List.of(MESSAGE.id()));
    }

    @Test
    void keepTheEntryWhenThePushEndsInAnException() {
        when(pusher.push(RITA, MESSAGE)).thenReturn(CompletableFuture.failedFuture(new IllegalStateException("x")))
                .thenReturn(CompletableFuture.completedFuture(Outcome.WRITTEN));

        assertEquals(Outcome.FAILED, delivery.deliverHere(RITA, MESSAGE).orElseThrow().settled().join());
        verify(inbox, never()).remove(any(), any());
        assertTrue(delivery.deliverHere(RITA, MESSAGE).isPresent(), "not stuck on its way");
    }

    @Test
    void shrugOffAnInboxThatCannotClearAnEntry() {
        when(pusher.push(RITA, MESSAGE)).thenReturn(CompletableFuture.completedFuture(Outcome.WRITTEN));
        doThrow(new IllegalStateException("database down")).when(inbox).remove(any(), any());

        assertEquals(Outcome.WRITTEN, delivery.deliverHere(RITA, MESSAGE).orElseThrow().settled().join());
        assertTrue(delivery.deliverHere(RITA, MESSAGE).isPresent(), "not stuck on its way");
    }

    @Test
    void settleTheEntryOnTheExecutorNotOnTheConnectionsThread() {
        Queue<Runnable> later = new ArrayDeque<>();
        Delivery onAnExecutor = new Delivery(pusher, inbox, later::add, NO_OTHER_NODES);
        CompletableFuture<Outcome> written = new CompletableFuture<>();
        when(pusher.push(RITA, MESSAGE)).thenReturn(written);

        Delivery.Push push = onAnExecutor.deliverHere(RITA, MESSAGE).orElseThrow();
        assertTrue(push.handedOver());
        written.complete(Outcome.WRITTEN);
        verify(inbox, never()).remove(any(), any());

        later.remove().run();
        verify(inbox).remove(RITA, List.of(MESSAGE.id()));
        assertEquals(Outcome.WRITTEN, push.settled().join());
    }

    @Test
    void notKeepAMessageOnItsWayForEverWhenTheExecutorRefuses() {
        Executor refusing = task -> {
            throw new RejectedExecutionException("shutting down");
        };
        Delivery refused = new Delivery(pusher, inbox, refusing, NO_OTHER_NODES);
        when(pusher.push(RITA, MESSAGE)).thenReturn(CompletableFuture.completedFuture(Outcome.WRITTEN));

        Optional<Delivery.Push> first = refused.deliverHere(RITA, MESSAGE);
        assertTrue(first.orElseThrow().settled().isCompletedExceptionally());

        assertTrue(refused.deliverHere(RITA, MESSAGE).isPresent(), "not stuck on its way");
    }

    @Test
    void countAPushNobodyTookAtOnceAsNotHandedOver() {
        when(pusher.push(RITA, MESSAGE)).thenReturn(CompletableFuture.completedFuture(Outcome.NOT_CONNECTED));
        assertFalse(delivery.deliverHere(RITA, MESSAGE).orElseThrow().handedOver());
    }

    @Test
    void answerTheSenderWhenThePusherBreaks() {
        TestCore test = TestCore.create();
        UserId sam = test.user("sam_01");
        UserId rita = test.user("rita_01");
        PusherPort broken = mock(PusherPort.class);
        when(broken.push(any(), any())).thenThrow(new IllegalStateException("socket registry broken"));
        Delivery delivery = new Delivery(broken, test.messages(), Runnable::run, NO_OTHER_NODES);
        SendMessageService send = new SendMessageService(test.users(), test.relations(), test.messages(),
                new RandomIds(), test.clock(), delivery,
                new GroupMessageSender(test.groups(), test.messages(), new RandomIds(), test.clock(), delivery));

        Message sent = send.send(SendMessageCommand.of(sam,
                Long.toString(rita.value()), "single", "text", "hi", null, null));

        assertEquals(List.of(sent.id()), test.messages().inboxOf(rita));
    }
}
