package com.cohortdesk.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

class RuntimeMailSenderTest {

    @Test
    void noHostNoSender() {
        assertThat(RuntimeMailSender.from(new MockEnvironment())).isNull();
        assertThat(RuntimeMailSender.from(new MockEnvironment().withProperty("spring.mail.host", " ")))
                .isNull();
    }

    @Test
    void buildsTheSenderFromTheMailProperties() {
        var environment = new MockEnvironment()
                .withProperty("spring.mail.host", "smtp.example.org")
                .withProperty("spring.mail.port", "2525")
                .withProperty("spring.mail.username", "office")
                .withProperty("spring.mail.password", "secret")
                .withProperty("spring.mail.default-encoding", "ISO-8859-1")
                .withProperty("spring.mail.properties.mail.smtp.starttls.enable", "true")
                .withProperty("spring.mail.ssl.enabled", "true");

        var sender = (JavaMailSenderImpl) RuntimeMailSender.from(environment);

        assertThat(sender).isNotNull();
        assertThat(sender.getHost()).isEqualTo("smtp.example.org");
        assertThat(sender.getPort()).isEqualTo(2525);
        assertThat(sender.getUsername()).isEqualTo("office");
        assertThat(sender.getPassword()).isEqualTo("secret");
        assertThat(sender.getProtocol()).isEqualTo("smtp");
        assertThat(sender.getDefaultEncoding()).isEqualTo("ISO-8859-1");
        assertThat(sender.getJavaMailProperties())
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.ssl.enable", "true");
    }

    @Test
    void theEnvironmentVariablesOfTheReadmeWork() {
        // Spring maps SPRING_MAIL_HOST to spring.mail.host only in a system environment source, so the test
        // gives the variables as the process environment would.
        var environment = new MockEnvironment();
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        "env", Map.of("SPRING_MAIL_HOST", "mail.internal", "SPRING_MAIL_PORT", "587")));

        var sender = (JavaMailSenderImpl) RuntimeMailSender.from(environment);

        assertThat(sender).isNotNull();
        assertThat(sender.getHost()).isEqualTo("mail.internal");
        assertThat(sender.getPort()).isEqualTo(587);
    }
}
