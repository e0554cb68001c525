package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertInvalid;
import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.QrCodeQuery;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** The texts of #33's group code and of the personal code, exactly as API.md c.3 and j.9 spell them. */
class GroupQrTextServicesTest {
    private static final String ORIGIN = "http://192.168.2.6:8081";

    private final TestCore test = TestCore.create();
    private final GroupSteps steps = new GroupSteps(test);
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");
    private final GroupId group = steps.create(sam, rita);

    private String groupCode(UserId caller, String type, String http, String chatType) {
        return test.core().groupQrText().groupQrText(new QrCodeQuery(caller, group.value(), type, http, chatType));
    }

    private String userCode(UserId caller, String type, String http) {
        return test.core().userQrText().userQrText(new QrCodeQuery(caller, 0, type, http, null));
    }

    @Test
    void giveTheH5ClientTheUrlOfTheJoinPage() {
        assertEquals(ORIGIN + "#/pages/setpageInfo/setpageInfo?action=autoAddGroup"
                + "&title=%E7%BE%A4%E4%BB%8B%E7%BB%8D&id=" + group.value() + "&chatType=group",
                groupCode(rita, "H5", ORIGIN, "group"));
    }

    @Test
    void giveTheAppTheJsonFormWithTheNameEscaped() {
        steps.rename(sam, group, "周末 \"club\"");

        String json = "{\"id\":" + group.value() + ",\"name\":\"周末 \\\"club\\\"\"}";
        assertEquals(json, groupCode(rita, null, null, null));
        assertEquals(json, groupCode(rita, "H5", "", "group"), "no origin, no URL");
        assertEquals(json, groupCode(rita, "H5", ORIGIN, "single"));
    }

    @Test
    void giveTheGroupsCodeToItsMembersOnlyAndInALockedGroupToo() {
        assertRefused(ReasonCode.NOT_GROUP_MEMBER, () -> groupCode(test.user("olga_01"), null, null, null));
        steps.lock(group);
        groupCode(rita, null, null, null);
        steps.leave(sam, group);
        assertRefused(ReasonCode.GROUP_DISSOLVED, () -> groupCode(rita, null, null, null));
    }

    @Test
    void refuseAGroupIdThatCannotBe() {
        assertInvalid("id", Problem.OUT_OF_RANGE, () -> test.core().groupQrText().groupQrText(new QrCodeQuery(rita,
                0, null, null, null)));
        assertRefused(ReasonCode.GROUP_NOT_FOUND, () -> test.core().groupQrText().groupQrText(new QrCodeQuery(rita,
                4040, null, null, null)));
    }

    @Test
    void giveMeMyOwnCodeByMyUuidAndMyName() {
        test.nickname(rita, "Rita \"R\"");
        String uuid = test.stored(rita).uuid();

        assertEquals("{\"type\":\"user\",\"uuid\":\"" + uuid + "\",\"name\":\"Rita \\\"R\\\"\"}",
                userCode(rita, null, null));
        assertEquals(ORIGIN + "#/pages/setpageInfo/setpageInfo?action=autoAddFriend"
                + "&title=%E7%94%A8%E6%88%B7%E4%BB%8B%E7%BB%8D&uuid=" + uuid + "&chatType=single",
                userCode(rita, "H5", ORIGIN));
    }
}
