package com.cohortdesk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        var application = new SpringApplication(Application.class);
        // -Dcohortdesk.startup-report=true: record Spring's start-up steps and log the slowest (StartupReport).
        StartupReport.installIfRequested(application);
        application.run(args);
    }
}
