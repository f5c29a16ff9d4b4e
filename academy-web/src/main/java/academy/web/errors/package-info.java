/**
 * How failures reach people on the pages: the academy's exceptions become the right status and a
 * page or message that says what to do, and a form too large for the server is answered before the
 * container fails on it. (REST errors are {@code academy.web.api}'s.)
 */
package academy.web.errors;
