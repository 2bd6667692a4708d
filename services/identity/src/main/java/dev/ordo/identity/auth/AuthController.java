package dev.ordo.identity.auth;

import dev.ordo.identity.user.User;
import dev.ordo.identity.user.UserResponse;
import dev.ordo.identity.user.UserService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Registration, login, token refresh and logout")
class AuthController {

    private final UserService users;
    private final SessionService sessions;

    AuthController(UserService users, SessionService sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @PostMapping("/register")
    @Operation(summary = "Create an account")
    ResponseEntity<UserResponse> register(@Valid @RequestBody RegisterRequest request) {
        User user = users.register(request.toNewAccount());
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(UserResponse.of(user));
    }

    @PostMapping("/login")
    @Operation(
            summary = "Log in: get an access token and a refresh token",
            description = "Rate-limited per client address and per account (429 with Retry-After).")
    TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return sessions.login(request.email(), request.password(), ClientIp.of(http));
    }

    @PostMapping("/refresh")
    @Operation(
            summary = "Trade a refresh token for a new token pair",
            description = "The refresh token is spent. Presenting a spent one ends the whole session.")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
        return sessions.refresh(request.refreshToken());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End the session a refresh token belongs to")
    void logout(@Valid @RequestBody RefreshRequest request) {
        sessions.logout(request.refreshToken());
    }
}
