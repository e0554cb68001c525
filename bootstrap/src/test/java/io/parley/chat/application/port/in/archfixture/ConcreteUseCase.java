package io.parley.chat.application.port.in.archfixture;

/** Breaks USE_CASES_ARE_INTERFACES. */
public class ConcreteUseCase {
}
