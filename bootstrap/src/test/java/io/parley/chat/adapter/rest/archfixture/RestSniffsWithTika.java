package io.parley.chat.adapter.rest.archfixture;

/** Breaks TIKA_ONLY_IN_PERSISTENCE. */
public class RestSniffsWithTika {
    org.apache.tika.mime.MimeTypes types;
}
