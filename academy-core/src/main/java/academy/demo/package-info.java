/**
 * The demo data, seeded only in demo mode ({@code ACADEMY_DEMO=true}): {@link academy.demo.DemoSeeding}
 * runs the steps once the academy has started, in one explicit order (region and accounts,
 * learning history, kite-mark evidence, kite marks). It sits above every feature, since it
 * writes into all of them; nothing in the features knows it exists.
 */
package academy.demo;
