package dev.ordo.platform.security;

import java.util.function.Predicate;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's firewall, as strict as its default, but a header name or value or a parameter name
 * of printable ASCII (every header a client of Ordo sends, a 1 KB token included) is accepted after a loop
 * over its characters, without the default's regular expression, which it runs over every header value
 * each time the value is read. Anything else is judged by the default's own rule (a header value may hold
 * a tab, a name may not; neither a control character nor an unassigned one).
 */
public final class OrdoHttpFirewall {

    private OrdoHttpFirewall() {}

    public static StrictHttpFirewall create() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(printableAsciiOr(StrictHttpFirewall.ALLOWED_HEADER_NAMES));
        firewall.setAllowedHeaderValues(printableAsciiOr(StrictHttpFirewall.ALLOWED_HEADER_VALUES));
        firewall.setAllowedParameterNames(printableAsciiOr(StrictHttpFirewall.ALLOWED_PARAMETER_NAMES));
        return firewall;
    }

    /**
     * True for text of printable ASCII ({@code 0x20}–{@code 0x7e}), which every rule of the default accepts;
     * otherwise what the default's rule says.
     */
    public static Predicate<String> printableAsciiOr(Predicate<String> rule) {
        return value -> {
            for (int i = 0, n = value.length(); i < n; i++) {
                char c = value.charAt(i);
                if (c < 0x20 || c > 0x7e) {
                    return rule.test(value);
                }
            }
            return true;
        };
    }
}
