package io.parley.chat.domain.shared;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every sentence Parley says to a person, in Chinese and English, from one bundle per language
 * ({@code texts_zh.properties}, {@code texts_en.properties} beside this class). Keeping them in one
 * place lets REST, WebSocket and notices say the same thing the same way.
 */
public final class Texts {
    private static final String BUNDLE = "io.parley.chat.domain.shared.texts";

    private Texts() {
    }

    /** The text under this key, if the bundle has one (no formatting). */
    public static java.util.Optional<String> find(String key, Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NoFallback.INSTANCE);
        return bundle.containsKey(key) ? java.util.Optional.of(bundle.getString(key)) : java.util.Optional.empty();
    }

    public static String get(String key, Language language, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NoFallback.INSTANCE);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            throw new IllegalStateException("no text '" + key + "' for " + language, missing);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    /** Stops the JVM's default locale from choosing the bundle when the asked one is missing. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public java.util.Locale getFallbackLocale(String baseName, java.util.Locale locale) {
            return null;
        }
    }
}
