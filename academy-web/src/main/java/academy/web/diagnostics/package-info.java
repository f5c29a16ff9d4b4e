/**
 * Measuring the running academy: with {@code ACADEMY_COUNT_STATEMENTS=true}, how many SQL
 * statements each request ran, for the benchmarks. Off by default.
 */
package academy.web.diagnostics;
