/**
 * What every REST resource shares: errors as RFC 9457 problem details
 * ({@code application/problem+json}), the mappers that turn every failure into one, and the
 * strict reading of query and path parameters. Feature resources live in sub-packages named after
 * the feature ({@code academy.web.api.catalogue}).
 */
package academy.web.api;
