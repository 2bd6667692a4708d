package dev.ordo.comments.attachment;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, from its bytes (Tika's magic numbers), and whether Ordo keeps it. Refused: whatever a
 * browser or an operating system would run or render as a page (executables, scripts, HTML, XHTML, SVG),
 * whether the bytes, the name or the declared type say so; and a file whose bytes contradict its name or
 * declared type where that matters (a {@code .png} or {@code image/png} that is a PDF, a {@code .pdf} that
 * is text). An image named as another kind of image, or text named as some kind of text, is only
 * mislabelled: it is kept, as what its bytes are.
 */
final class FileTypes {

    /** Whose every specialization is refused too ({@code application/vnd.wap.xhtml+xml} is XHTML). */
    private static final Set<String> DANGEROUS_FAMILIES = Set.of(
            "text/html",
            "application/xhtml+xml",
            "image/svg+xml",
            "application/x-msdownload",
            "application/x-dosexec",
            "application/x-ms-installer",
            "application/x-msi",
            "application/vnd.microsoft.portable-executable",
            "application/x-executable",
            "application/x-elf",
            "application/x-sharedlib",
            "application/x-mach-o",
            "application/x-mach-o-executable",
            "application/x-sh",
            "application/x-csh",
            "application/x-bat",
            "application/x-msdos-program",
            "application/hta",
            "application/x-java-jnlp-file",
            "application/x-shockwave-flash",
            "application/x-httpd-php",
            "text/x-php");

    /**
     * Refused as they are; not their specializations, since Tika counts JSON as a kind of JavaScript and
     * JavaScript as a kind of text.
     */
    private static final Set<String> DANGEROUS = Set.of(
            "application/javascript",
            "application/x-javascript",
            "text/javascript",
            "application/ecmascript",
            "text/ecmascript",
            "text/vbscript",
            "text/x-vbscript",
            "application/x-vbscript",
            "text/x-sh",
            "application/x-powershell",
            "text/x-powershell");

    /** Within these, one kind named as another is only mislabelled. */
    private static final Set<String> LENIENT_TOP_TYPES = Set.of("image", "audio", "video", "text");

    private final Tika tika = new Tika();
    private final MediaTypeRegistry registry = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    /**
     * @param content  the file's bytes (read only as far as its first bytes; closed by the caller)
     * @param name     the file's name as uploaded
     * @param declared the part's Content-Type, or null
     * @return the type to store: the bytes', refined by the name where the bytes allow it (a ZIP named
     *     {@code .docx} is a Word document)
     * @throws AttachmentTypeRefused when the file is of a dangerous type or contradicts its labels
     */
    String inspect(InputStream content, String name, String declared) throws IOException {
        InputStream in = content.markSupported() ? content : new BufferedInputStream(content);
        MediaType byContent = base(tika.detect(in));
        MediaType combined = base(tika.detect(in, name));
        MediaType byName = known(base(tika.detect(name)));
        MediaType byDeclared = known(parse(declared));
        for (MediaType type : new MediaType[] {byContent, combined, byName, byDeclared}) {
            if (dangerous(type)) {
                throw AttachmentTypeRefused.dangerous(type.toString());
            }
        }
        if (contradicts(byName, byContent)) {
            throw AttachmentTypeRefused.mismatch("its name says (" + byName + ")", byContent.toString());
        }
        if (contradicts(byDeclared, byContent)) {
            throw AttachmentTypeRefused.mismatch("it was sent as (" + byDeclared + ")", byContent.toString());
        }
        return combined.toString();
    }

    /**
     * Whether a label says something the bytes deny. Bytes Tika cannot place (octet-stream) deny only an
     * image (whose magic numbers it always knows); plain text denies whatever is no kind of text.
     */
    private boolean contradicts(MediaType claimed, MediaType actual) {
        if (claimed == null || claimed.equals(MediaType.OCTET_STREAM) || claimed.equals(MediaType.TEXT_PLAIN)) {
            return false;
        }
        if (actual.equals(MediaType.OCTET_STREAM)) {
            return claimed.getType().equals("image");
        }
        return !related(claimed, actual);
    }

    /** The types shown in the page itself (and given a thumbnail): images every browser decodes safely. */
    static boolean isInlineImage(String contentType) {
        return switch (contentType.toLowerCase(Locale.ROOT)) {
            case "image/png", "image/jpeg", "image/gif", "image/webp" -> true;
            default -> false;
        };
    }

    boolean dangerous(MediaType type) {
        if (type == null) {
            return false;
        }
        if (DANGEROUS.contains(type.toString()) || type.getSubtype().endsWith("+html")) {
            return true;
        }
        for (MediaType t = registry.normalize(type); t != null; t = registry.getSupertype(t)) {
            if (DANGEROUS_FAMILIES.contains(t.toString())) {
                return true;
            }
        }
        return false;
    }

    private boolean related(MediaType claimed, MediaType actual) {
        MediaType a = registry.normalize(claimed);
        MediaType b = registry.normalize(actual);
        return a.equals(b)
                || registry.isSpecializationOf(a, b)
                || registry.isSpecializationOf(b, a)
                || (a.getType().equals(b.getType()) && LENIENT_TOP_TYPES.contains(a.getType()));
    }

    /** A type Tika knows (by name or alias), else null: a label nobody can check says nothing. */
    private MediaType known(MediaType type) {
        if (type == null) {
            return null;
        }
        MediaType normalized = registry.normalize(type);
        return registry.getTypes().contains(normalized) ? normalized : null;
    }

    private static MediaType parse(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        MediaType type = MediaType.parse(declared.trim().toLowerCase(Locale.ROOT));
        return type == null ? null : type.getBaseType();
    }

    private static MediaType base(String detected) {
        MediaType type = MediaType.parse(detected);
        return type == null ? MediaType.OCTET_STREAM : type.getBaseType();
    }
}
