package io.parley.chat.domain.archfixturea;

/** With {@code Egg}, breaks DOMAIN_CONCEPTS_ARE_ACYCLIC. */
public class Chicken {
    io.parley.chat.domain.archfixtureb.Egg lays;
}
