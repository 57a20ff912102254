/**
 * Settings (MicroProfile Config, each overridable by an environment variable), their validation at
 * start-up, the application's datasource, schema migration with Flyway and the readiness check. Out
 * of scope: business rules.
 */
package no.abctracker.configuration;
