package org.communique.api;

/**
 * The part an entity plays in an event: AGENT acts (signs, sends, visits, criticises),
 * COUNTERPART is acted towards (receives, is visited, is criticised), PARTY is one of equal sides
 * (the parties to an agreement or talks), ATTENDEE was present.
 */
public enum Role { AGENT, COUNTERPART, PARTY, ATTENDEE }
