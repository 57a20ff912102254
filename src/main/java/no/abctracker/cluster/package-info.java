/**
 * What several application nodes share beyond the database: Payara Micro's data grid (Hazelcast),
 * where the nodes of a cluster keep the pages' sessions and the few cluster-wide maps the
 * application needs ({@link no.abctracker.cluster.control.DataGrid}), and the retry of a
 * transaction that lost a write conflict to another transaction — a deadlock on one MariaDB server,
 * a certification conflict on a Galera cluster ({@link
 * no.abctracker.cluster.control.ConflictRetry}).
 *
 * <p>Out of scope: how nodes find each other (Payara Micro's {@code --clustermode}, see
 * docs/operations.md) and the balancer in front of them (docker/haproxy.cfg).
 */
package no.abctracker.cluster;
