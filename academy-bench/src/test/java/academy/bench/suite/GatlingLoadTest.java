package academy.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class GatlingLoadTest {

    @Test
    void theAccountsAreSharedOutWithoutOverlapInProportion() {
        List<String> all = IntStream.range(0, 2411).mapToObj(i -> "person" + i + "@bench.example").toList();

        List<List<String>> slices = GatlingLoad.slices(all, List.of(1, 8, 1));

        assertThat(slices).extracting(List::size).containsExactly(241, 1928, 242);
        assertThat(slices.stream().flatMap(List::stream)).containsExactlyElementsOf(all);
    }

    @Test
    void aTinyListStillGivesEveryRunSomeone() {
        List<List<String>> slices = GatlingLoad.slices(List.of("a", "b", "c"), List.of(1, 8, 1));

        assertThat(slices).extracting(List::size).containsExactly(1, 1, 1);
    }
}
