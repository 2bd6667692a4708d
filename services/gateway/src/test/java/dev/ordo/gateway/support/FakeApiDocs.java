package dev.ordo.gateway.support;

/** Tiny OpenAPI documents for the fake services: each has a path, and both define a "User" differently. */
public final class FakeApiDocs {

    public static final String IDENTITY = """
            {
              "openapi": "3.1.0",
              "info": {"title": "identity", "version": "v1"},
              "servers": [{"url": "http://127.0.0.1:8081"}],
              "security": [{"bearerAuth": []}],
              "tags": [{"name": "users"}],
              "paths": {
                "/api/v1/users/me": {
                  "get": {"tags": ["users"], "operationId": "me", "responses": {"200": {"description": "me",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}}}}
                }
              },
              "components": {
                "schemas": {
                  "User": {"type": "object", "properties": {"email": {"type": "string"}}},
                  "ProblemDetail": {"type": "object", "properties": {"status": {"type": "integer"}}}
                },
                "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}
              }
            }
            """;

    public static final String AUDIT = """
            {
              "openapi": "3.1.0",
              "info": {"title": "audit", "version": "v1"},
              "tags": [{"name": "audit"}],
              "paths": {
                "/api/v1/audit/events": {
                  "get": {"tags": ["audit"], "operationId": "events", "responses": {"200": {"description": "events",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}}}}
                }
              },
              "components": {
                "schemas": {
                  "User": {"type": "object", "properties": {"actorId": {"type": "string", "format": "uuid"}}},
                  "ProblemDetail": {"type": "object", "properties": {"status": {"type": "integer"}}}
                }
              }
            }
            """;

    private FakeApiDocs() {}

    /** A service whose document has nothing in common with the others. */
    public static final String TASKS = """
            {"openapi": "3.1.0", "info": {"title": "tasks", "version": "v1"}, "paths": {}}
            """;

    /** Another such service. */
    public static final String CALENDAR = """
            {"openapi": "3.1.0", "info": {"title": "calendar", "version": "v1"}, "paths": {}}
            """;

    /** And another (comments). */
    public static final String COMMENTS = """
            {"openapi": "3.1.0", "info": {"title": "comments", "version": "v1"}, "paths": {}}
            """;

    /** And another (notifications). */
    public static final String NOTIFICATIONS = """
            {"openapi": "3.1.0", "info": {"title": "notifications", "version": "v1"}, "paths": {}}
            """;

    /** And another (search). */
    public static final String SEARCH = """
            {"openapi": "3.1.0", "info": {"title": "search", "version": "v1"}, "paths": {}}
            """;
}
