/**
 * What the academy teaches: modules with their lessons and quizzes, best-practice showcases and
 * patient guides, and the vocabulary they are described in (who a module is for, which kite-mark
 * area it serves). Content loading and validation live in {@link academy.catalogue.content}.
 */
package academy.catalogue;
