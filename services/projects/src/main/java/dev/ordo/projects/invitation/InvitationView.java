package dev.ordo.projects.invitation;

/** An invitation with the name of its project, as both sides see it. */
public record InvitationView(Invitation invitation, String projectName) {}
