package io.parley.chat.bench;

/**
 * What the generator does with every frame its connections receive: deliveries and acknowledgements are timed
 * against the intended send time in their tag; greetings mark a connection ready; failures and unexpected closes
 * are counted and sampled.
 */
final class InboundFrames {
    private static final String RAW_DELIVERY = "{\"to\":";
    private static final String SINGLE_CHAT = "{\"type\":\"singleChat\"";
    private static final String SENT = "{\"type\":\"sent\"";
    private static final String FAIL = "{\"type\":\"fail\"";
    private static final String SYSTEM = "{\"type\":\"system\"";
    /** Parley's refusals at connect time and its force_logout. */
    private static final String NOTICE = "{\"msg\":";

    private final StepBook steps;
    private final Tally tally;

    InboundFrames(StepBook steps, Tally tally) {
        this.steps = steps;
        this.tally = tally;
    }

    void frame(ClientSocket to, CharSequence text) {
        long now = System.nanoTime();
        FrameTag tag = to.tag();
        if (FrameTag.startsWith(text, RAW_DELIVERY) || FrameTag.startsWith(text, SINGLE_CHAT)) {
            String key = text.charAt(2) == 't' && text.charAt(3) == 'o' ? FrameTag.RAW_KEY : FrameTag.PARLEY_KEY;
            if (tag.read(text, key)) {
                RateStep step = steps.get(tag.step());
                if (step != null) {
                    tally.arrivals.increment();
                    step.delivered(tag.intendedNanos(), now);
                }
            }
        } else if (FrameTag.startsWith(text, SENT)) {
            if (tag.read(text, FrameTag.PARLEY_KEY)) {
                RateStep step = steps.get(tag.step());
                if (step != null) {
                    step.acknowledged(tag.intendedNanos(), now);
                }
            }
        } else if (FrameTag.startsWith(text, FAIL)) {
            refused(tag, text);
        } else if (FrameTag.startsWith(text, SYSTEM)) {
            to.greeted();
        } else if (FrameTag.startsWith(text, NOTICE)) {
            tally.error("connection of user " + to.userId() + " got " + text);
        }
    }

    /** A message the server answered with a failure (a refusal, a validation error, an HTTP error status). */
    void refused(FrameTag tag, CharSequence answer) {
        tally.error(answer.toString());
        if (tag.read(answer, FrameTag.PARLEY_KEY)) {
            RateStep step = steps.get(tag.step());
            if (step != null) {
                step.refused();
            }
        }
    }

    void writeFailed(ClientSocket on) {
        tally.error("a write failed on the connection of user " + on.userId());
    }

    void closedByServer(ClientSocket socket, int code, String reason) {
        tally.unexpectedClose("server closed the connection of user " + socket.userId() + ": " + code + " " + reason);
    }

    void broken(ClientSocket socket, Throwable error) {
        tally.unexpectedClose("connection of user " + socket.userId() + " broke: " + error);
    }
}
