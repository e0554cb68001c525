package io.parley.chat.application.port.out;

import java.util.Optional;

/**
 * Tells what a file is from its first bytes (magic numbers), never from its name or from what the client claims:
 * a page renamed {@code photo.png} is still a page.
 */
public interface ContentSnifferPort {
    /**
     * The MIME type the content starts like, or empty when nothing is recognised.
     *
     * @param head the first bytes of the content: all of it when shorter than what the core reads ahead
     */
    Optional<String> sniff(byte[] head);
}
