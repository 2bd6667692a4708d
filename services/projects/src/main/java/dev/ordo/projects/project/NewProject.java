package dev.ordo.projects.project;

import java.util.UUID;

/** A project to create: validated and normalised already (name trimmed, color defaulted). */
public record NewProject(String name, String description, String color, UUID parentId, boolean favorite) {}
