package io.parley.chat.adapter.rest.archfixture;

/** Breaks REST_ENTERS_THROUGH_USE_CASES. */
public class RestUsesDrivenPort {
    io.parley.chat.application.port.out.LoadUserPort users;
}
