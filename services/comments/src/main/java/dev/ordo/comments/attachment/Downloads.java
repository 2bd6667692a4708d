package dev.ordo.comments.attachment;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The headers a file is served with. Every file is sandboxed (never a page of the app's origin, never
 * sniffed into something else); only the safe image types are shown inline, everything else is a
 * download.
 */
final class Downloads {

    static final String CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'";

    private Downloads() {}

    /** {@code inline} or {@code attachment}, with the name as ASCII and in full as RFC 5987/6266 {@code filename*}. */
    static String contentDisposition(Attachment attachment) {
        String kind = attachment.isInlineImage() ? "inline" : "attachment";
        String name = attachment.name();
        return kind + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    /** The name with every character outside printable ASCII (and the quote and backslash) as {@code _}. */
    static String asciiFallback(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c)) {
                continue;
            }
            out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        return out.toString();
    }

    /** RFC 5987 {@code value-chars}: attr-char as it is, every other byte of the UTF-8 percent-encoded. */
    static String rfc5987(String name) {
        StringBuilder out = new StringBuilder();
        HexFormat hex = HexFormat.of().withUpperCase();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean attrChar = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attrChar) {
                out.append(c);
            } else {
                out.append('%').append(hex.toHexDigits(b));
            }
        }
        return out.toString();
    }
}
