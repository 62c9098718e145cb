package com.cohortdesk.database;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Repairs the embedded H2 file after a crash ({@link H2Leftovers}) before anything else uses the database: when the
 * data source is made, before Flyway, Hibernate or a request can open a transaction. Only for a {@code jdbc:h2:file:}
 * database whose file says it was not closed cleanly; a clean start reads one 4 KB header and nothing else.
 */
@Component
class H2CrashRepair implements BeanPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(H2CrashRepair.class);

    private String url = "";

    @Override
    public void setEnvironment(Environment environment) {
        url = environment.getProperty("spring.datasource.url", "");
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) repairIfNeeded(dataSource);
        return bean;
    }

    private void repairIfNeeded(DataSource dataSource) {
        var file = H2Leftovers.databaseFile(url).filter(Files::isRegularFile).orElse(null);
        if (file == null) return;
        try {
            if (H2Leftovers.closedCleanly(file)) return;
            long started = System.nanoTime();
            try (var connection = dataSource.getConnection()) {
                long repaired = H2Leftovers.repair(connection);
                long ms = (System.nanoTime() - started) / 1_000_000;
                if (repaired > 0) {
                    log.warn(
                            "The H2 database {} was not closed cleanly: repaired {} entries of transactions that never committed ({} ms).",
                            file,
                            repaired,
                            ms);
                } else {
                    log.info(
                            "The H2 database {} was not closed cleanly; checked, nothing to repair ({} ms).", file, ms);
                }
            }
        } catch (IOException | SQLException | RuntimeException e) {
            // The database still opens as H2 recovered it; say what could not be checked
            log.error("Could not check the H2 database {} for what a crash left behind", file, e);
        }
    }
}
