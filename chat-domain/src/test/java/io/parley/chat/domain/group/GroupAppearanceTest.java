package io.parley.chat.domain.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GroupAppearanceTest {
    @Test
    void aNewGroupIsNamedAfterItsMembers() {
        assertEquals("alice、张三、bob", GroupAppearance.nameFrom(List.of("alice", "张三", "bob")));
    }

    @Test
    void aLongNameIsCutToFiftyCharactersNeverInsideOne() {
        String name = GroupAppearance.nameFrom(Collections.nCopies(30, "😀😀"));
        assertEquals(50, name.codePointCount(0, name.length()));
        assertEquals("😀😀、", name.substring(0, name.offsetByCodePoints(0, 3)));
    }

    @Test
    void theMosaicHoldsTheFirstNineAvatarsThatExist() {
        List<String> avatars = IntStream.range(0, 12).mapToObj(i -> i == 1 ? "" : "a" + i).toList();
        assertEquals("a0,a2,a3,a4,a5,a6,a7,a8,a9", GroupAppearance.avatarFrom(avatars));
        assertEquals(Group.DEFAULT_AVATAR, GroupAppearance.avatarFrom(List.of("", "")));
    }
}
