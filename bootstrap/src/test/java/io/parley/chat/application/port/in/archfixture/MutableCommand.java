package io.parley.chat.application.port.in.archfixture;

/** Breaks COMMANDS_ARE_RECORDS. */
public class MutableCommand {
    public String text;
}
