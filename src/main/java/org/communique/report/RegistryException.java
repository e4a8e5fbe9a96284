package org.communique.report;

/** The database file cannot be read as a registry: not a DuckDB file, locked, or without the registry's tables. */
public final class RegistryException extends RuntimeException {
    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
