/** REST: a practice and its members (managers, administrators), and every practice (administrators). */
package academy.web.api.practice;
