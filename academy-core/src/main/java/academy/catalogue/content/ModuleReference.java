package academy.catalogue.content;

/**
 * A module slug named by a showcase, guide or path. Checked once every module is known, because
 * a reference may be read before the module it names.
 */
record ModuleReference(String slug, String file, int line) {
}
