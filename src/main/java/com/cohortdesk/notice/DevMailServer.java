package com.cohortdesk.notice;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The dev run's mail server: an embedded GreenMail SMTP server on localhost (port 3025 by default) that keeps
 * every message in memory, so {@code ./mvnw spring-boot:run} sends notices and nothing leaves the machine.
 * Dev profile only; the tests turn it off ({@code cohortdesk.notices.dev-mail-server=false}) and start their own.
 */
@Configuration
@Profile("dev")
@ConditionalOnProperty(name = "cohortdesk.notices.dev-mail-server", havingValue = "true", matchIfMissing = true)
class DevMailServer {

    private static final Logger log = LoggerFactory.getLogger(DevMailServer.class);

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail devGreenMail(@Value("${spring.mail.port:3025}") int port) {
        log.info(
                "Notices: the dev run sends to an embedded GreenMail SMTP server on localhost:{}; nothing leaves the machine",
                port);
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }
}
