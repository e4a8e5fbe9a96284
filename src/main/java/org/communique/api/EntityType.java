package org.communique.api;

/** The kinds of entity the guideline asks for. */
public enum EntityType { PERSON, ORGANIZATION, LOCATION, DATE }
