package io.parley.chat.application.service.archfixture;

/** Breaks SERVICES_HIDE_BEHIND_CHAT_CORE. */
public class PublicService {
}
