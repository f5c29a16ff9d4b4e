/**
 * A synthetic country (practices, people, memberships with history, completions, sessions and
 * uptake figures) written with PostgreSQL's COPY into a database the academy has started on once;
 * the same seed on the same day gives the same data.
 */
package academy.bench.generate;
