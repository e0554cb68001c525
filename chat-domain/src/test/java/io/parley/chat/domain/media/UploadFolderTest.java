package io.parley.chat.domain.media;

import static io.parley.chat.domain.shared.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.domain.shared.ValidationException.Problem;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UploadFolderTest {
    @Test
    void underscoresSeparateNestedFolders() {
        assertEquals(List.of("chatImgs"), UploadFolder.fromDiyDir("chatImgs").folders());
        assertEquals(List.of("mysourse", "myfile"), UploadFolder.fromDiyDir("mysourse_myfile").folders());
        assertEquals(List.of("user-7", "2024"), UploadFolder.fromDiyDir("user-7__2024_").folders(),
                "empty folders between separators are dropped");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "../etc           | etc",
        "..%2F..%2Fetc    | 2F2Fetc",
        "/etc/passwd      | etcpasswd",
        "..\\..\\windows  | windows",
        "C:\\Windows      | CWindows",
        ".hidden          | hidden",
        "a..b_.._c        | ab,c",
        "聊天_img          | img",
        "a b;c:d*e        | abcde"})
    void everythingButLettersDigitsAndDashesIsDropped(String diydir, String expected) {
        assertEquals(List.of(expected.split(",")), UploadFolder.fromDiyDir(diydir).folders());
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "_", "/", "..__..", "../..", "聊天"})
    void aNameWithNothingLeftIsRefused(String diydir) {
        assertInvalid("diydir", Problem.BAD_SHAPE, () -> UploadFolder.fromDiyDir(diydir));
    }

    @Test
    void aMissingNameIsRequired() {
        assertInvalid("diydir", Problem.REQUIRED, () -> UploadFolder.fromDiyDir(null));
        assertInvalid("diydir", Problem.REQUIRED, () -> UploadFolder.fromDiyDir(""));
    }

    @Test
    void depthAndLengthAreBounded() {
        assertEquals(8, UploadFolder.fromDiyDir("a_b_c_d_e_f_g_h").folders().size());
        assertInvalid("diydir", Problem.BAD_SHAPE, () -> UploadFolder.fromDiyDir("a_b_c_d_e_f_g_h_i"));
        assertEquals(1, UploadFolder.fromDiyDir("x".repeat(64)).folders().size());
        assertInvalid("diydir", Problem.BAD_SHAPE, () -> UploadFolder.fromDiyDir("x".repeat(65)));
    }

    @Test
    void foldersBuiltDirectlyMustAlreadyBeSafe() {
        assertInvalid("diydir", Problem.BAD_SHAPE, () -> new UploadFolder(List.of("..")));
        assertInvalid("diydir", Problem.BAD_SHAPE, () -> new UploadFolder(List.of("a/b")));
        assertInvalid("diydir", Problem.BAD_SHAPE, () -> new UploadFolder(List.of()));
    }
}
