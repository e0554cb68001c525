package io.parley.chat.domain.archfixture;

/** Breaks NO_STANDARD_STREAMS. */
public class PrintsToConsole {
    void say() {
        System.out.println("hello");
    }
}
