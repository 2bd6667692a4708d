package dev.ordo.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a socket, for what a well-behaved client library refuses to send: malformed
 * percent-encoding ({@code ?x=%zz}), control characters and oversize headers, bytes that are not UTF-8, a
 * chunked body of any size. One request per connection.
 */
final class RawHttp {

    private final String host;
    private final int port;

    RawHttp(String baseUrl) {
        java.net.URI uri = java.net.URI.create(baseUrl);
        this.host = uri.getHost();
        this.port = uri.getPort();
    }

    /** A response as it came: status, headers (names in lower case, the first value of each) and body. */
    record Response(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String contentType() {
            String type = header("content-type");
            return type == null ? "" : type;
        }
    }

    /**
     * Sends the request exactly as given: {@code target} is written byte for byte (ISO-8859-1, so "%zz" stays
     * "%zz"), header values too. A body gets a Content-Length unless a Transfer-Encoding header is given.
     */
    Response send(String method, String target, List<String[]> headers, byte[] body) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            write(head, method + " " + target + " HTTP/1.1\r\n");
            write(head, "Host: " + host + ":" + port + "\r\n");
            write(head, "Connection: close\r\n");
            boolean chunked = false;
            for (String[] header : headers) {
                write(head, header[0] + ": " + header[1] + "\r\n");
                chunked |= header[0].equalsIgnoreCase("Transfer-Encoding");
            }
            if (body != null && !chunked) {
                write(head, "Content-Length: " + body.length + "\r\n");
            }
            write(head, "\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toByteArray());
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException closedEarly) {
                    // a server may answer (413) and close before reading all of a large body: read its answer
                }
            }
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** Sends {@code size} bytes of {@code filler} as one chunk after another, without a Content-Length. */
    static byte[] chunked(int size, char filler) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int chunk = 8192;
        for (int sent = 0; sent < size; sent += chunk) {
            int n = Math.min(chunk, size - sent);
            write(body, Integer.toHexString(n) + "\r\n");
            byte[] data = new byte[n];
            java.util.Arrays.fill(data, (byte) filler);
            body.writeBytes(data);
            write(body, "\r\n");
        }
        write(body, "0\r\n\r\n");
        return body.toByteArray();
    }

    private static Response read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete response (" + all.length + " bytes): " + excerpt(text));
        }
        String[] lines = text.substring(0, end).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status = Integer.parseInt(statusLine[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            rest = dechunk(rest);
        }
        return new Response(status, headers, new String(rest, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < data.length) {
            int lineEnd = indexOfCrlf(data, i);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(data, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            out.write(data, start, Math.min(size, data.length - start));
            i = start + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrlf(byte[] data, int from) {
        for (int i = from; i + 1 < data.length; i++) {
            if (data[i] == '\r' && data[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
