/** The assessor's pages: the queue of applications, the review of one, and declared conflicts of interest. */
package academy.web.assessment;
