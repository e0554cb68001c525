package io.parley.chat.application.port.out.archfixture;

/** Breaks DRIVEN_PORTS_ARE_INTERFACES. */
public abstract class AbstractThingPort {
}
