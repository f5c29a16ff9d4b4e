/** Start-up: schema migration, content load, and the readiness the health check reports. */
package academy.shared.startup;
