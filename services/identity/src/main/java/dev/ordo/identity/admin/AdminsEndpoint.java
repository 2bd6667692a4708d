package dev.ordo.identity.admin;

import dev.ordo.identity.user.Emails;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;

/**
 * {@code POST /actuator/admins/{email}} with {@code {"action": "grant"|"revoke"}}: the operator's way to make
 * or unmake an admin. Lives on the management port only (see {@link AdminEndpointConfiguration}); answers
 * JSON with a {@code message} for the operator and, when the account exists, its {@code roles}.
 */
@WebEndpoint(id = "admins")
public class AdminsEndpoint {

    private final AdminService admins;

    AdminsEndpoint(AdminService admins) {
        this.admins = admins;
    }

    @WriteOperation
    public WebEndpointResponse<Map<String, Object>> change(@Selector String email, String action) {
        String address = Emails.normalise(email);
        RoleChange change = switch (action) {
            case "grant" -> admins.grant(address);
            case "revoke" -> admins.revoke(address);
            default -> null;
        };
        if (change == null) {
            return answer(400, address, null, "Unknown action '" + action + "': use \"grant\" or \"revoke\".");
        }
        return switch (change.outcome()) {
            case CHANGED ->
                answer(
                        200,
                        address,
                        change,
                        "grant".equals(action)
                                ? address + " is an admin now (from their next sign-in or token refresh)."
                                : address + " is no longer an admin (from their next token refresh).");
            case UNCHANGED ->
                answer(
                        200,
                        address,
                        change,
                        "grant".equals(action) ? address + " was already an admin." : address + " was not an admin.");
            case NO_SUCH_ACCOUNT -> answer(404, address, null, "No account has the address " + address + ".");
            case NOT_VERIFIED ->
                answer(
                        409,
                        address,
                        change,
                        address + " has not verified the email address yet. "
                                + "Only a verified account can be an admin: ask them to follow the link in the verification "
                                + "mail (they can have it sent again in the app), then grant again.");
        };
    }

    private static WebEndpointResponse<Map<String, Object>> answer(
            int status, String email, RoleChange change, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        if (change != null) {
            body.put("roles", change.roles());
            body.put("changed", change.outcome() == RoleChange.Outcome.CHANGED);
        }
        body.put("message", message);
        return new WebEndpointResponse<>(body, status);
    }
}
