/**
 * The learner's pages: progress through a module (on the catalogue's module and lesson pages),
 * the quiz ({@code /learning/quiz.xhtml}), its feedback ({@code /learning/result.xhtml}) and
 * "My learning" ({@code /learning/my-learning.xhtml}). Every change is a POST followed by a
 * redirect, so reloading a page never repeats it.
 */
package academy.web.learning;
