package io.parley.chat.domain.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The two languages Parley speaks. Chinese unless the caller asks for English (API.md j.10). */
public enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * Reads an {@code Accept-Language} header: ranges sorted by q (descending, stable), the first whose
     * primary tag is {@code en} or {@code zh} decides; ranges with q = 0 are refusals; none decides Chinese.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ZH;
        }
        record Range(String primaryTag, double q, int position) { }
        List<Range> ranges = new ArrayList<>();
        String[] parts = header.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].trim().split(";");
            String tag = pieces[0].trim().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int p = 1; p < pieces.length; p++) {
                String param = pieces[p].trim().toLowerCase(Locale.ROOT);
                // "q=" is a case-insensitive literal in the HTTP grammar: "Q=0" refuses like "q=0"
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2).trim());
                    } catch (NumberFormatException badQuality) {
                        q = 0;
                    }
                }
            }
            int dash = tag.indexOf('-');
            ranges.add(new Range(dash < 0 ? tag : tag.substring(0, dash), q, i));
        }
        return ranges.stream()
                .filter(r -> r.q() > 0)
                .sorted(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::position))
                .map(Range::primaryTag)
                .filter(tag -> tag.equals("en") || tag.equals("zh"))
                .findFirst()
                .map(tag -> tag.equals("en") ? EN : ZH)
                .orElse(ZH);
    }
}
