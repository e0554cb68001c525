package io.parley.chat.adapter.rest.archfixture;

/** Breaks ENTITIES_STAY_IN_PERSISTENCE. */
@jakarta.persistence.Entity
public class LeakedEntity {
    @jakarta.persistence.Id
    long id;
}
