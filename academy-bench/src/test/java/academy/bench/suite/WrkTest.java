package academy.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrkTest {

    private static final String OUTPUT = """
            Running 5s test @ http://127.0.0.1:8190/baseline/hello
              2 threads and 16 connections
              Latency Distribution
                 50%  850.00us
                 75%    1.20ms
                 90%    2.50ms
                 99%    1.05s
              47000 requests in 5.00s, 6.1MB read
            Requests/sec:   9400.12
            """;

    @Test
    void readsPercentilesInAnyUnitAsMilliseconds() {
        assertThat(Wrk.percentile(OUTPUT, "50%")).isEqualTo(0.85);
        assertThat(Wrk.percentile(OUTPUT, "75%")).isEqualTo(1.2);
        assertThat(Wrk.percentile(OUTPUT, "99%")).isEqualTo(1050.0);
        assertThat(Wrk.percentile(OUTPUT, "95%")).isNaN();
    }
}
