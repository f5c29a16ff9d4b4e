/** REST: the signed-in person ("who am I"). */
package academy.web.api.account;
