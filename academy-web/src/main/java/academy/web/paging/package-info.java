/** Lazy PrimeFaces tables paged, sorted and filtered in the database, for any feature's pages. */
package academy.web.paging;
