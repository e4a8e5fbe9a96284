package org.communique.api;

/** A participant of an event: an entity id and its role. */
public record Argument(Role role, String entity) {}
