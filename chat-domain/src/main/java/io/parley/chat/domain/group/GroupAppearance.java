package io.parley.chat.domain.group;

import java.util.List;
import java.util.stream.Collectors;

/** How a group looks when nobody chose: its name and its avatar mosaic from its members (API.md c.3 #22, f.4). */
public final class GroupAppearance {
    /** The mosaic holds nine pictures at most. */
    public static final int MOSAIC = 9;

    private GroupAppearance() {
    }

    /** #22: the members' names joined by {@code 、}, cut to {@link Group#MAX_NAME} characters. */
    public static String nameFrom(List<String> memberNames) {
        String joined = String.join("、", memberNames);
        if (joined.codePointCount(0, joined.length()) <= Group.MAX_NAME) {
            return joined;
        }
        return joined.substring(0, joined.offsetByCodePoints(0, Group.MAX_NAME));
    }

    /** f.4: the avatars of the first nine members that have one, joined by commas; the default when none has. */
    public static String avatarFrom(List<String> memberAvatars) {
        String mosaic = memberAvatars.stream().filter(avatar -> avatar != null && !avatar.isEmpty()).limit(MOSAIC)
                .collect(Collectors.joining(","));
        return mosaic.isEmpty() ? Group.DEFAULT_AVATAR : mosaic;
    }
}
