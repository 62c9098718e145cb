package com.cohortdesk.notice;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mail.health.MailHealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The mail server in {@code /actuator/health}, for the sender the dispatcher uses: Boot's, or under Spring AOT
 * ({@code bin/cohort-desk}) the one {@link RuntimeMailSender} makes from a {@code SPRING_MAIL_HOST} given at run time.
 * Boot's own mail health check is a bean condition decided at build time there, where no host is set, so it never
 * existed. Named as Boot's bean, which then backs off. Without a mail server the status is UNKNOWN, which leaves the
 * overall status as it is. The readiness probe the load balancer uses does not include it.
 */
@Component("mailHealthIndicator")
class MailHealth implements HealthIndicator {

    private final @Nullable MailHealthIndicator check;

    MailHealth(ObjectProvider<JavaMailSender> mail, Environment environment) {
        var sender = RuntimeMailSender.resolve(mail, environment);
        this.check = sender instanceof JavaMailSenderImpl impl ? new MailHealthIndicator(impl) : null;
    }

    @Override
    public Health health() {
        if (check == null)
            return Health.unknown()
                    .withDetail("reason", "no mail server configured (SPRING_MAIL_HOST)")
                    .build();
        return check.health();
    }
}
