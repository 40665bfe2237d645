package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.edugov.TestFiles;
import org.edugov.shared.UserError;
import org.junit.jupiter.api.Test;

/** Evidence files: type by extension and content, size limits, and what is left of a file name. */
class EvidenceRulesTest {

    private static final long MAX = 1000;

    @Test
    void theFiveTypesAreAcceptedWhenTheirContentMatches() {
        assertThat(EvidenceRules.check("进展.pdf", TestFiles.pdf("x"), 10_000).type()).isEqualTo(EvidenceRules.Type.PDF);
        assertThat(EvidenceRules.check("a.JPG", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0), MAX).type())
                .isEqualTo(EvidenceRules.Type.JPEG);
        assertThat(EvidenceRules.check("a.jpeg", bytes(0xFF, 0xD8, 0xFF, 0xDB), MAX).type())
                .isEqualTo(EvidenceRules.Type.JPEG);
        assertThat(EvidenceRules.check("a.png", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0), MAX).type())
                .isEqualTo(EvidenceRules.Type.PNG);
        assertThat(EvidenceRules.check("a.docx", TestFiles.zip("[Content_Types].xml", "word/document.xml"), MAX)
                .type().contentType).isEqualTo(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(EvidenceRules.check("a.xlsx", TestFiles.zip("[Content_Types].xml", "xl/workbook.xml"), MAX)
                .type().contentType).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void theHashIsTheSha256OfTheContent() {
        // printf '%%PDF-1.4 test' | sha256sum
        assertThat(EvidenceRules.check("a.pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII), MAX).sha256())
                .isEqualTo("d663640088750cf16276d623c2588d7233f2b84b45f4b2e20832f47b16aa5618");
    }

    @Test
    void aRenamedOrForbiddenFileIsRefused() {
        assertRefused("setup.pdf", bytes('M', 'Z', 0x90, 0), "plan.evidence.type");
        assertRefused("page.html", "<html></html>".getBytes(StandardCharsets.UTF_8), "plan.evidence.type");
        assertRefused("page.png", "<html></html>".getBytes(StandardCharsets.UTF_8), "plan.evidence.type");
        assertRefused("photo.jpg", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'), "plan.evidence.type");
        assertRefused("any.zip.docx", TestFiles.zip("readme.txt"), "plan.evidence.type");
        assertRefused("book.xlsx", TestFiles.zip("word/document.xml"), "plan.evidence.type");
        assertRefused("noextension", TestFiles.pdf("x"), "plan.evidence.type");
        assertRefused("script.pdf.exe", bytes('M', 'Z'), "plan.evidence.type");
    }

    @Test
    void theSizeLimitIsInclusiveAndAnEmptyFileIsRefused() {
        byte[] atLimit = new byte[(int) MAX];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, atLimit, 0, 5);
        assertThat(EvidenceRules.check("a.pdf", atLimit, MAX).content()).hasSize((int) MAX);
        assertRefused("a.pdf", new byte[(int) MAX + 1], "plan.evidence.tooLarge");
        assertRefused("a.pdf", new byte[0], "plan.evidence.empty");
        assertThatThrownBy(() -> EvidenceRules.checkSize("大.pdf", 11L * 1024 * 1024, 10L * 1024 * 1024))
                .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "plan.evidence.tooLarge")
                .extracting(e -> ((UserError) e).args()).isEqualTo(new Object[] {"大.pdf", 10L});
    }

    @Test
    void aFileNameKeepsOnlyItsBareNameWithoutControlCharacters() {
        assertThat(EvidenceRules.fileName("C:\\fakepath\\会议纪要.pdf")).isEqualTo("会议纪要.pdf");
        assertThat(EvidenceRules.fileName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(EvidenceRules.fileName("a\u0000b\nc\td.pdf")).isEqualTo("abcd.pdf");
        assertThat(EvidenceRules.fileName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(EvidenceRules.fileName("what?<x>|\"y\".png")).isEqualTo("whatxy.png");
        assertThat(EvidenceRules.fileName(" ..hidden.pdf. ")).isEqualTo("hidden.pdf");
        assertThat(EvidenceRules.fileName("...")).isEqualTo("evidence");
        assertThat(EvidenceRules.fileName(null)).isEqualTo("evidence");
        String longName = EvidenceRules.fileName("报".repeat(300) + ".docx");
        assertThat(longName).endsWith(".docx").hasSize(EvidenceRules.MAX_NAME_LENGTH);
    }

    private static void assertRefused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> EvidenceRules.check(name, content, MAX)).isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
