package dev.ordo.projects.project;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.ordo.platform.web.ApiException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A partial change. A class with setters rather than a record because "absent" and "null" mean
 * different things here: {@code "parentId": null} moves the project to the top level and
 * {@code "description": null} clears the description, while a field left out stays as it is.
 */
@Schema(description = "Fields to change; those left out stay as they are. parentId null = top level.")
public final class UpdateProjectRequest {

    static final String FIELDS = "name, description, color, parentId and favorite";

    @Size(min = 1, max = 120) private String name;

    @Size(max = 2000) private String description;

    @Pattern(regexp = Colors.PATTERN, message = Colors.MESSAGE) private String color;

    private UUID parentId;

    @Schema(description = "The caller's own favorite flag; any member may set it")
    private Boolean favorite;

    private final Set<String> present = new HashSet<>();
    private final Map<String, Object> otherFields = new LinkedHashMap<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
        present.add("name");
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null || description.isBlank() ? null : description.strip();
        present.add("description");
    }

    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
        present.add("color");
    }

    public UUID getParentId() {
        return parentId;
    }

    public void setParentId(UUID parentId) {
        this.parentId = parentId;
        present.add("parentId");
    }

    public Boolean getFavorite() {
        return favorite;
    }

    public void setFavorite(Boolean favorite) {
        this.favorite = favorite;
        present.add("favorite");
    }

    @JsonAnySetter
    void otherField(String field, Object value) {
        otherFields.put(field, value);
    }

    @JsonIgnore
    Map<String, Object> otherFields() {
        return otherFields;
    }

    /** @throws ApiException 400 if name, color or favorite is sent as null: they can be changed, not cleared */
    ProjectChanges toChanges() {
        refuseNull("name", name);
        refuseNull("color", color);
        refuseNull("favorite", favorite);
        return new ProjectChanges(
                name,
                present.contains("description") ? Optional.ofNullable(description) : null,
                color,
                present.contains("parentId") ? Optional.ofNullable(parentId) : null,
                favorite);
    }

    private void refuseNull(String field, Object value) {
        if (present.contains(field) && value == null) {
            throw ApiException.badRequest("'" + field + "' cannot be null.");
        }
    }
}
