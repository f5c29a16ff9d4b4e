/**
 * Persistence plumbing every feature shares: the data source (PostgreSQL, or embedded H2 for a
 * local run), the attribute converters for instants and string lists, and the statement count the
 * benchmarks read. No entity lives here; each feature owns its own.
 */
package academy.shared.persistence;
