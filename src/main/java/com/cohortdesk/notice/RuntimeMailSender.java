package com.cohortdesk.notice;

import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail sender made from {@code spring.mail.*} at run time, for when Spring Boot made none. Boot makes its
 * sender only if {@code spring.mail.host} is set, and under Spring AOT ({@code bin/cohort-desk}) that condition
 * was decided at build time, where no host is set: a {@code SPRING_MAIL_HOST} given to the running server would be
 * ignored. This builds the sender Boot would have built (host, port, user, password, protocol, encoding, JavaMail
 * properties, {@code spring.mail.ssl.enabled}); SSL bundles and JNDI are not supported here.
 */
final class RuntimeMailSender {

    private RuntimeMailSender() {}

    /** Boot's sender if it made one, else the one for the environment's {@code spring.mail.*}; null without a host. */
    static @Nullable JavaMailSender resolve(ObjectProvider<JavaMailSender> boot, Environment environment) {
        return boot.getIfAvailable(() -> from(environment));
    }

    /** The sender for the environment's {@code spring.mail.*}, or null when no host is set. */
    static @Nullable JavaMailSender from(Environment environment) {
        var mail = Binder.get(environment)
                .bind("spring.mail", MailProperties.class)
                .orElse(null);
        if (mail == null || mail.getHost() == null || mail.getHost().isBlank()) return null;
        var sender = new JavaMailSenderImpl();
        sender.setHost(mail.getHost());
        if (mail.getPort() != null) sender.setPort(mail.getPort());
        sender.setUsername(mail.getUsername());
        sender.setPassword(mail.getPassword());
        sender.setProtocol(mail.getProtocol());
        if (mail.getDefaultEncoding() != null)
            sender.setDefaultEncoding(mail.getDefaultEncoding().name());
        var properties = new Properties();
        properties.putAll(mail.getProperties());
        if (mail.getSsl().isEnabled()) properties.setProperty("mail." + mail.getProtocol() + ".ssl.enable", "true");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
