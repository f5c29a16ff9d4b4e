/**
 * The benchmark suite: {@link academy.bench.suite.BenchmarkSuite} runs the measurements, one class
 * each (start-up, statements per request, page cost with completion writes, latency under load,
 * readiness at scale, certificates), each beside a baseline from the same run, and writes
 * BENCHMARKS.md and the JSON.
 */
package academy.bench.suite;
