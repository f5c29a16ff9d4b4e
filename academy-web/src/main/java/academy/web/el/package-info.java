/**
 * Expression-language plumbing: method calls in page expressions resolved once per class and name,
 * which made rendering the large tables markedly cheaper.
 */
package academy.web.el;
