package com.cohortdesk.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

/** The mail server's health for whichever sender the dispatcher uses: Boot's bean, or one made at run time. */
class MailHealthTest {

    private static final ObjectProvider<JavaMailSender> NO_BEAN =
            new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);

    @Test
    void withoutAMailServerTheStatusIsUnknown() {
        var health = new MailHealth(NO_BEAN, new MockEnvironment()).health();
        assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(health.getDetails()).containsKey("reason");
    }

    @Test
    void aServerGivenAtRunTimeIsCheckedWhenNoSenderBeanExists() throws Exception {
        var smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            var environment = new MockEnvironment()
                    .withProperty("spring.mail.host", "127.0.0.1")
                    .withProperty(
                            "spring.mail.port", Integer.toString(smtp.getSmtp().getPort()));
            assertThat(new MailHealth(NO_BEAN, environment).health().getStatus())
                    .isEqualTo(Status.UP);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void anUnreachableServerIsDown() throws Exception {
        var environment = new MockEnvironment()
                .withProperty("spring.mail.host", "127.0.0.1")
                .withProperty("spring.mail.port", Integer.toString(freePort())); // nothing listens there
        assertThat(new MailHealth(NO_BEAN, environment).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void bootsSenderBeanIsPreferred() throws Exception {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(freePort()); // nothing listens there
        var environment = new MockEnvironment().withProperty("spring.mail.host", "smtp.invalid");
        var bean = new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
        var health = new MailHealth(bean, environment).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("location", "127.0.0.1:" + sender.getPort());
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
