/**
 * Assigned training on the pages: the practice's Assignments page (managers), the region-wide
 * assignments (administrators), and the words and tags the learner's and manager's pages use for
 * an assignment ({@code #{assignmentLabels…}}).
 */
package academy.web.assignment;
