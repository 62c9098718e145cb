package com.cohortdesk.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.jspecify.annotations.Nullable;

/**
 * The name of this node of a cluster, recorded with every audit entry it writes:
 * {@code cohortdesk.node-id} ({@code COHORTDESK_NODE_ID}) when set, otherwise {@code host name:port}.
 */
final class AuditNode {

    private final String id;

    AuditNode(@Nullable String configured, @Nullable String port) {
        this.id = AuditLog.cut(
                configured != null && !configured.isBlank() ? configured.strip() : hostName() + ":" + portOr8080(port),
                64);
    }

    String id() {
        return id;
    }

    private static String portOr8080(@Nullable String port) {
        return port == null || port.isBlank() ? "8080" : port.strip();
    }

    static String hostName() {
        var fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) return fromEnvironment.strip();
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
