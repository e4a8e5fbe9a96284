/**
 * The cross-article registry: records of {@code extract} loaded into an embedded DuckDB file
 * ({@link org.communique.registry.Registry}), with derived tables of persons, organizations, offices
 * and event clusters rebuilt after each load, and the readers of it ({@code who}, {@code export}).
 * The tables are those of {@code schema.sql} in this package's resources.
 */
package org.communique.registry;
