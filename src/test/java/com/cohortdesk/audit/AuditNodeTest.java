package com.cohortdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditNodeTest {

    @Test
    void aConfiguredNameWins() {
        assertThat(new AuditNode(" node2 ", "18081").id()).isEqualTo("node2");
    }

    @Test
    void otherwiseHostNameAndPort() {
        assertThat(new AuditNode("", "18081").id())
                .isEqualTo(AuditNode.hostName() + ":18081")
                .doesNotStartWith(":");
        assertThat(new AuditNode(null, null).id()).endsWith(":8080");
    }

    @Test
    void aLongNameIsCutToTheColumn() {
        assertThat(new AuditNode("n".repeat(100), "1").id()).hasSize(64);
    }
}
