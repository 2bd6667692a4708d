package dev.ordo.identity.user;

import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.security.Caller;
import dev.ordo.platform.web.etag.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "The caller's profile, preferences and password")
class UserController {

    private final UserService users;
    private final PasswordService passwords;

    UserController(UserService users, PasswordService passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @GetMapping("/me")
    @Operation(summary = "Get my profile")
    ResponseEntity<UserResponse> me() {
        return withETag(users.get(Caller.current().userId()));
    }

    @PatchMapping("/me")
    @Operation(
            summary = "Change my profile and preferences",
            description = "Send only the fields to change. With If-Match (the ETag of a previous read), "
                    + "the change is refused with 412 if the profile changed meanwhile.")
    ResponseEntity<UserResponse> update(
            @Valid @RequestBody UpdateProfileRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        List<String> notAllowed = request.fieldsNotAllowed();
        if (!notAllowed.isEmpty()) {
            throw new InvalidInput("These fields cannot be changed here: " + String.join(", ", notAllowed)
                    + ". Changeable are name, timezone, locale, theme, defaultTaskSort and notificationPreferences.");
        }
        User user = users.updateProfile(Caller.current().userId(), request.toChanges(), ETags.version(ifMatch));
        return withETag(user);
    }

    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change my password", description = "Ends all my sessions: every refresh token stops working.")
    void changePassword(@Valid @RequestBody ChangePasswordRequest request) {
        passwords.change(Caller.current().userId(), request.currentPassword(), request.newPassword());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a user (myself, or anyone for admins)")
    ResponseEntity<UserResponse> byId(@PathVariable UUID id) {
        Caller caller = Caller.current();
        if (!caller.userId().equals(id) && !caller.isAdmin()) {
            throw new NotFound("There is no such user.");
        }
        return withETag(users.get(id));
    }

    private static ResponseEntity<UserResponse> withETag(User user) {
        return ResponseEntity.ok().eTag(ETags.of(user.version())).body(UserResponse.of(user));
    }
}
