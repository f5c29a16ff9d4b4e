/**
 * The benchmark module: run on demand, never in CI. {@link academy.bench.CommandLine} reads the
 * options of the generator and the suite; the generator lives in {@code generate}, the
 * measurements in {@code suite}, and the baselines deployed beside the academy in {@code baseline}.
 */
package academy.bench;
