/**
 * What only demo mode shows: the outbox page, where the mails the academy has sent can be read
 * without a mail server. The demo data itself is seeded by {@link academy.demo.DemoSeeding}.
 */
package academy.web.demo;
