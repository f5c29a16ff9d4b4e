package academy.catalogue.content;

import academy.catalogue.Area;
import academy.catalogue.Audience;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads one module directory: {@code module.yaml}, {@code lessons/NN-name.md}, {@code quiz.yaml}. */
final class ModuleReader {

    private static final List<String> KEYS = List.of("title", "summary", "audience", "area", "minutes",
            "cpdMinutes", "refreshMonths", "faceToFace", "significant", "tags");
    private static final Pattern LESSON_FILE_NAME = Pattern.compile("([0-9]{2})-[a-z0-9]+(?:-[a-z0-9]+)*\\.md");
    private static final Pattern TITLE_LINE = Pattern.compile("#[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*");

    /** What {@code module.yaml} says. */
    private record Description(String title, String summary, Audience audience, Area area, int minutes,
            int cpdMinutes, Optional<Integer> refreshMonths, boolean faceToFace, boolean significant,
            List<String> tags) {
    }

    private record Lesson(ContentFile file, LessonSource source) {
    }

    private record NumberedFile(int number, Path path) {
    }

    private final TreeReading reading;
    private final Problems problems;

    ModuleReader(TreeReading reading) {
        this.reading = reading;
        this.problems = reading.problems();
    }

    Optional<ModuleSource> read(Path dir) {
        int problemsBefore = problems.count();
        String slug = dir.getFileName().toString();
        reading.checkSlug(slug, dir, "module");
        // Every part is read even when an earlier one is broken, so all mistakes show at once.
        Optional<ContentFile> moduleYaml = reading.readRequired(dir.resolve("module.yaml"),
                "missing module.yaml: every module describes itself in one");
        Optional<Description> description = moduleYaml
                .flatMap(file -> YamlDocument.parseMapping(file, file.text(), 0, problems))
                .flatMap(this::describe);
        Optional<List<Lesson>> lessons = readLessons(dir.resolve("lessons"));
        Optional<ContentFile> quizYaml = reading.readRequired(dir.resolve("quiz.yaml"),
                "missing quiz.yaml: every module ends with a quiz");
        Optional<QuizSource> quiz = quizYaml.flatMap(file -> QuizReader.read(file, problems));
        if (problems.foundSince(problemsBefore)) {
            return Optional.empty();
        }
        Description about = description.orElseThrow();
        List<ContentFile> hashed = new ArrayList<>();
        hashed.add(new ContentFile("module.yaml", moduleYaml.orElseThrow().text()));
        lessons.orElseThrow().forEach(lesson -> hashed.add(new ContentFile(
                "lessons/" + fileNameOf(lesson.file()), lesson.file().text())));
        hashed.add(new ContentFile("quiz.yaml", quizYaml.orElseThrow().text()));
        return Optional.of(new ModuleSource(slug, about.title(), about.summary(), about.audience(), about.area(),
                about.minutes(), about.cpdMinutes(), about.refreshMonths(), about.faceToFace(), about.significant(),
                about.tags(), lessons.orElseThrow().stream().map(Lesson::source).toList(), quiz.orElseThrow(),
                ModuleHash.of(hashed)));
    }

    private Optional<Description> describe(YamlMap keys) {
        int problemsBefore = problems.count();
        keys.rejectUnknownKeys(KEYS);
        Optional<String> title = keys.requiredText("title");
        Optional<String> summary = keys.requiredText("summary");
        Optional<Audience> audience = keys.requiredChoice("audience", Audience::fromSlug,
                Stream.of(Audience.values()).map(Audience::slug).toList());
        Optional<Area> area = keys.requiredChoice("area", Area::fromSlug,
                Stream.of(Area.values()).map(Area::slug).toList());
        Optional<Integer> minutes = keys.requiredWholeNumber("minutes", 1, 600);
        Optional<Integer> cpdMinutes = keys.requiredWholeNumber("cpdMinutes", 0, 600);
        Optional<Integer> refreshMonths = keys.optionalWholeNumber("refreshMonths", 1, 120);
        boolean faceToFace = keys.optionalFlag("faceToFace");
        boolean significant = keys.optionalFlag("significant");
        List<String> tags = reading.tags(keys);
        if (problems.foundSince(problemsBefore)) {
            return Optional.empty();
        }
        return Optional.of(new Description(title.orElseThrow(), summary.orElseThrow(), audience.orElseThrow(),
                area.orElseThrow(), minutes.orElseThrow(), cpdMinutes.orElseThrow(), refreshMonths, faceToFace,
                significant, tags));
    }

    private Optional<List<Lesson>> readLessons(Path lessonsDir) {
        if (!Files.isDirectory(lessonsDir)) {
            reading.report(lessonsDir, 1, "missing lessons directory: a module's lessons are lessons/01-<name>.md, "
                    + "lessons/02-<name>.md ...");
            return Optional.empty();
        }
        int problemsBefore = problems.count();
        List<NumberedFile> numbered = new ArrayList<>();
        for (Path file : reading.files(lessonsDir)) {
            String fileName = file.getFileName().toString();
            if (!fileName.endsWith(".md")) {
                continue;
            }
            Matcher name = LESSON_FILE_NAME.matcher(fileName);
            if (name.matches()) {
                numbered.add(new NumberedFile(Integer.parseInt(name.group(1)), file));
            } else {
                reading.report(file, 1, "a lesson file name is two digits, a hyphen and lower-case words "
                        + "joined by hyphens, such as 01-checking-identity.md");
            }
        }
        if (numbered.isEmpty()) {
            if (!problems.foundSince(problemsBefore)) {
                reading.report(lessonsDir, 1, "the module has no lessons: add lessons/01-<name>.md");
            }
            return Optional.empty();
        }
        numbered.sort(Comparator.comparingInt(NumberedFile::number).thenComparing(NumberedFile::path));
        checkNumbering(numbered);
        List<Lesson> lessons = new ArrayList<>();
        for (NumberedFile file : numbered) {
            reading.read(file.path()).flatMap(text -> readLesson(file.number(), text)).ifPresent(lessons::add);
        }
        return problems.foundSince(problemsBefore) ? Optional.empty() : Optional.of(lessons);
    }

    /** Numbers must run 1, 2, 3...: a gap or a repeat usually means a lesson was lost or copied. */
    private void checkNumbering(List<NumberedFile> sorted) {
        int expected = 1;
        NumberedFile previous = null;
        for (NumberedFile file : sorted) {
            if (previous != null && file.number() == previous.number()) {
                reading.report(file.path(), 1, String.format("two lessons are numbered %02d: %s is too",
                        file.number(), reading.name(previous.path())));
            } else if (file.number() != expected) {
                reading.report(file.path(), 1, String.format(
                        "lessons must be numbered 01, 02, 03... without gaps: expected %02d here, not %02d",
                        expected, file.number()));
            }
            expected = file.number() + 1;
            previous = file;
        }
    }

    private Optional<Lesson> readLesson(int number, ContentFile file) {
        List<String> lines = Arrays.asList(file.text().split("\n", -1));
        int titleIndex = 0;
        while (titleIndex < lines.size() && lines.get(titleIndex).isBlank()) {
            titleIndex++;
        }
        if (titleIndex == lines.size()) {
            problems.report(file.name(), 1, "the lesson is empty: it starts with its title, such as '# Checking identity'");
            return Optional.empty();
        }
        Matcher title = TITLE_LINE.matcher(lines.get(titleIndex));
        if (!title.matches() || title.group(1).isBlank()) {
            problems.report(file.name(), titleIndex + 1,
                    "a lesson starts with its title as a level-1 heading, such as '# Checking identity'");
            return Optional.empty();
        }
        String body = MarkdownText.withoutLeadingBlankLines(String.join("\n", lines.subList(titleIndex + 1, lines.size())));
        if (body.isBlank()) {
            problems.report(file.name(), titleIndex + 1, "the lesson has no text after its title");
            return Optional.empty();
        }
        LessonSource lesson = new LessonSource(number, title.group(1).strip(), body, reading.renderer().toHtml(body));
        return Optional.of(new Lesson(file, lesson));
    }

    private static String fileNameOf(ContentFile file) {
        return file.name().substring(file.name().lastIndexOf('/') + 1);
    }
}
