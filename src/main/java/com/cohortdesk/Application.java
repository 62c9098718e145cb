package com.cohortdesk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
// Push is available but off: only the learner import, which reports progress from a background thread, turns it on
// for its UI while it is shown (LearnerImportView). An open WebSocket for every signed-in UI cost memory (issue #15).
@Push(PushMode.DISABLED)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        var application = new SpringApplication(Application.class);
        // -Dcohortdesk.startup-report=true: record Spring's start-up steps and log the slowest (StartupReport).
        StartupReport.installIfRequested(application);
        application.run(args);
    }
}
