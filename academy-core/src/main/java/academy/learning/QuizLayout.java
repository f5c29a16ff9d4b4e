package academy.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The order in which one attempt shows its questions and each question's options, drawn from the
 * attempt's seed: the same seed always gives the same layout (on any JVM: {@link Random} is
 * specified exactly, and the shuffle below is a plain Fisher–Yates), so an attempt reads the same
 * in a second tab, on another device and in its feedback. The layout is also stored with the
 * attempt, so a later change to this class cannot rearrange old attempts.
 *
 * @param questionNumbers the questions' authored numbers, in the order shown
 * @param optionOrders    per shown question, the authored option indices in the order shown
 */
public record QuizLayout(List<Integer> questionNumbers, List<List<Integer>> optionOrders) {

    public QuizLayout {
        questionNumbers = List.copyOf(questionNumbers);
        optionOrders = optionOrders.stream().map(List::copyOf).toList();
        if (questionNumbers.size() != optionOrders.size()) {
            throw new IllegalArgumentException("one option order per question");
        }
    }

    /**
     * @param optionCounts     how many options each question has, in authored order (question 1 first)
     * @param shuffleQuestions whether to shuffle the questions too, or keep the authored order
     */
    public static QuizLayout draw(List<Integer> optionCounts, long seed, boolean shuffleQuestions) {
        Random random = new Random(seed);
        List<Integer> questions = new ArrayList<>(IntStream.rangeClosed(1, optionCounts.size()).boxed().toList());
        if (shuffleQuestions) {
            shuffle(questions, random);
        }
        List<List<Integer>> options = new ArrayList<>();
        for (int number : questions) {
            List<Integer> order = new ArrayList<>(IntStream.range(0, optionCounts.get(number - 1)).boxed().toList());
            shuffle(order, random);
            options.add(order);
        }
        return new QuizLayout(questions, options);
    }

    private static void shuffle(List<Integer> list, Random random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
