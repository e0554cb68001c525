package io.parley.chat.application.port.out.archfixture;

/** Breaks DRIVEN_PORTS_ARE_NAMED_PORT. */
public interface ThingRepository {
}
