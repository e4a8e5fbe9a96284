package org.communique.api;

/** What kind of place a LOCATION entity is. */
public enum LocationSubtype { COUNTRY, CITY, REGION, SITE }
