package academy.bench.suite;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the baseline WAR: one servlet ({@code academy.bench.baseline.HelloServlet}) and nothing
 * else. Named by string: the suite's JVM has no servlet API, so it must not load the class.
 */
final class BaselineWar {

    private BaselineWar() {
    }

    static Path write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path war = directory.resolve("baseline.war");
        String entry = "WEB-INF/classes/academy/bench/baseline/HelloServlet.class";
        try (OutputStream file = Files.newOutputStream(war); ZipOutputStream zip = new ZipOutputStream(file);
                InputStream servlet = BaselineWar.class.getResourceAsStream("/" + entry.substring("WEB-INF/classes/".length()))) {
            if (servlet == null) {
                throw new IOException("the baseline servlet's class file is not on the class path");
            }
            zip.putNextEntry(new ZipEntry(entry));
            servlet.transferTo(zip);
            zip.closeEntry();
        }
        return war;
    }
}
