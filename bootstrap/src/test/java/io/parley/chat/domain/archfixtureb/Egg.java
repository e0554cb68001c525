package io.parley.chat.domain.archfixtureb;

/** With {@code Chicken}, breaks DOMAIN_CONCEPTS_ARE_ACYCLIC. */
public class Egg {
    io.parley.chat.domain.archfixturea.Chicken hatches;
}
