package io.parley.chat.application.archfixture;

/** Breaks APPLICATION_DEPENDS_ONLY_ON_DOMAIN. */
public class ApplicationUsesSlf4j {
    org.slf4j.Logger log;
}
