package dev.ordo.comments.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileTypesTest {

    private final FileTypes types = new FileTypes();

    @Test
    void anImageIsKeptAsWhatItsBytesAre() throws IOException {
        assertThat(inspect(Samples.image("png", 4, 4), "photo.png", "image/png"))
                .isEqualTo("image/png");
        assertThat(inspect(Samples.image("jpeg", 4, 4), "photo.jpg", "image/jpeg"))
                .isEqualTo("image/jpeg");
        assertThat(inspect(Samples.image("gif", 4, 4), "anim.gif", null)).isEqualTo("image/gif");
    }

    @Test
    void anImageNamedAsAnotherKindOfImageIsOnlyMislabelledAndKeptAsWhatItIs() throws IOException {
        assertThat(inspect(Samples.image("png", 4, 4), "photo.jpg", "image/jpeg"))
                .isEqualTo("image/png");
    }

    @Test
    void documentsAndTextAreKept() throws IOException {
        assertThat(inspect(Samples.pdf(), "report.pdf", "application/pdf")).isEqualTo("application/pdf");
        assertThat(inspect(Samples.text("a,b\n1,2\n"), "table.csv", "text/csv")).isEqualTo("text/csv");
        assertThat(inspect(Samples.text("{\"a\": 1}"), "data.json", "application/json"))
                .isEqualTo("application/json");
        assertThat(inspect(Samples.text("# Notes\n\n- one\n"), "notes.md", "text/markdown"))
                .startsWith("text/");
        assertThat(inspect(Samples.text("just words"), "notes.txt", "text/plain"))
                .isEqualTo("text/plain");
        assertThat(inspect(Samples.text("no name at all"), "README", null)).isEqualTo("text/plain");
    }

    @Test
    void aDeclaredTypeNobodyKnowsSaysNothing() throws IOException {
        assertThat(inspect(Samples.pdf(), "report.pdf", "application/x-something-odd"))
                .isEqualTo("application/pdf");
    }

    @ParameterizedTest(name = "{0}, sent as {1}")
    @CsvSource({
        "html, photo.png, image/png",
        "html, page.html, text/html",
        "html, page.txt, text/plain",
        "svg, drawing.svg, image/svg+xml",
        "svg, drawing.png, image/png",
        "exe, setup.exe, application/octet-stream",
        "exe, photo.png, image/png",
        "elf, tool, application/octet-stream",
        "text, app.js, text/javascript",
        "text, run.sh, application/x-sh",
        "text, page.xhtml, ''",
        "text, notes.txt, text/html",
    })
    void dangerousBytesNamesOrDeclaredTypesAreRefused(String sample, String name, String declared) {
        byte[] bytes = switch (sample) {
            case "html" -> Samples.html();
            case "svg" -> Samples.svg();
            case "exe" -> Samples.exe();
            case "elf" -> Samples.elf();
            default -> Samples.text("plain words");
        };
        assertThatThrownBy(() -> inspect(bytes, name, declared))
                .isInstanceOfSatisfying(
                        AttachmentTypeRefused.class,
                        refused -> assertThat(refused.problem()).isEqualTo(AttachmentTypeRefused.NOT_ALLOWED));
    }

    @Test
    void bytesThatContradictTheirNameOrDeclaredTypeAreRefused() {
        assertThatThrownBy(() -> inspect(Samples.pdf(), "photo.png", "image/png"))
                .isInstanceOfSatisfying(
                        AttachmentTypeRefused.class,
                        refused -> assertThat(refused.problem()).isEqualTo(AttachmentTypeRefused.MISMATCH));
        assertThatThrownBy(() -> inspect(Samples.image("png", 4, 4), "report.pdf", null))
                .isInstanceOf(AttachmentTypeRefused.class);
        assertThatThrownBy(() -> inspect(Samples.image("png", 4, 4), "photo", "application/pdf"))
                .isInstanceOf(AttachmentTypeRefused.class);
        assertThatThrownBy(() -> inspect(Samples.text("not a pdf at all"), "report.pdf", "application/pdf"))
                .isInstanceOf(AttachmentTypeRefused.class);
        assertThatThrownBy(() -> inspect(Samples.text("no picture"), "photo.png", "image/png"))
                .isInstanceOf(AttachmentTypeRefused.class);
        assertThatThrownBy(() -> inspect(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, "photo.jpg", null))
                .isInstanceOf(AttachmentTypeRefused.class);
    }

    @Test
    void onlyPngJpegGifAndWebpAreShownInline() {
        assertThat(FileTypes.isInlineImage("image/png")).isTrue();
        assertThat(FileTypes.isInlineImage("image/webp")).isTrue();
        assertThat(FileTypes.isInlineImage("image/svg+xml")).isFalse();
        assertThat(FileTypes.isInlineImage("image/tiff")).isFalse();
        assertThat(FileTypes.isInlineImage("application/pdf")).isFalse();
    }

    private String inspect(byte[] bytes, String name, String declared) throws IOException {
        return types.inspect(new ByteArrayInputStream(bytes), name, declared);
    }
}
