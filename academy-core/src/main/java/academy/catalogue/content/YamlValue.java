package academy.catalogue.content;

/** One scalar from a YAML list, with the line it was written on so problems can point at it. */
public record YamlValue(String text, int line) {
}
