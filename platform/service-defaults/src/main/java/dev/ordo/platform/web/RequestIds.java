package dev.ordo.platform.web;

import java.util.UUID;
import org.slf4j.MDC;

/** The request id: taken from {@code X-Request-Id} when it is sane, otherwise made; kept in the MDC. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    public static final String ATTRIBUTE = RequestIds.class.getName();

    private static final int MAX_LENGTH = 128;

    private RequestIds() {}

    public static String acceptOrCreate(String offered) {
        if (offered != null && isAcceptable(offered)) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }

    /** 1 to 128 of {@code A-Z a-z 0-9 . _ : -}. */
    static boolean isAcceptable(String offered) {
        int n = offered.length();
        if (n == 0 || n > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = offered.charAt(i);
            boolean acceptable = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '-';
            if (!acceptable) {
                return false;
            }
        }
        return true;
    }

    /** The id of the request being handled on this thread, or {@code null} outside a request. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
