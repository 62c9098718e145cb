package com.cohortdesk.learner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.learner.LearnerDetails;
import com.cohortdesk.learner.LearnerEdit;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.ui.CountryField;
import com.cohortdesk.ui.FormTesting;
import com.cohortdesk.ui.TimeZoneField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The learner's details form on its own, without Spring or a browser. */
class LearnerFormTest {

    private static final Clock NOON_UK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private final LearnerForm form = new LearnerForm(NOON_UK);
    private final List<LearnerEdit> saved = new ArrayList<>();

    private static LearnerDetails priya(boolean erased) {
        return new LearnerDetails(
                7,
                3,
                "Priya Nair",
                "priya.nair@example.org",
                "IN",
                "Asia/Kolkata",
                LearnerStatus.ACTIVE,
                2,
                "Fall 2025",
                2025,
                null,
                List.of(),
                erased);
    }

    private <T extends Component> T byId(Class<T> type, String id) {
        return FormTesting.byId(form, type, id);
    }

    @BeforeEach
    void show() {
        form.addSaveListener(e -> saved.add(e.edit()));
        form.show(priya(false));
    }

    @Test
    void showsTheDetailsAndTheLocalTime() {
        assertThat(byId(TextField.class, "learner-name").getValue()).isEqualTo("Priya Nair");
        assertThat(byId(Span.class, "learner-local-time").getText())
                .startsWith("Local time now: Wed 17:30 (UTC+05:30)")
                .endsWith("UK time: Wed 12:00 (UTC)");
    }

    @Test
    void savesTheEditedDetails() {
        byId(TextField.class, "learner-name").setValue("Priya N. Nair");
        byId(TimeZoneField.class, "learner-zone-field").setValue("Europe/London");
        byId(Button.class, "save-learner").click();
        assertThat(saved)
                .containsExactly(new LearnerEdit("Priya N. Nair", "priya.nair@example.org", "IN", "Europe/London"));
    }

    @Test
    void eachInvalidFieldShowsItsRuleAndNothingIsFired() {
        var name = byId(TextField.class, "learner-name");
        var email = byId(EmailField.class, "learner-email");
        var country = byId(CountryField.class, "learner-country-field");
        name.setValue("Ana\u2029Silva");
        email.setValue("not an email");
        country.clear();
        byId(Button.class, "save-learner").click();
        assertThat(saved).isEmpty();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("line break");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("\"not an email\" is not a valid email address.");
        assertThat(country.isInvalid()).isTrue();
        assertThat(country.getErrorMessage()).isEqualTo("\"\" is not a known country code.");
        assertThat(byId(TimeZoneField.class, "learner-zone-field").isInvalid()).isFalse();
    }

    @Test
    void aFixedFieldIsValidAgain() {
        var email = byId(EmailField.class, "learner-email");
        email.setValue("priya@@example");
        byId(Button.class, "save-learner").click();
        email.setValue("priya@example.org");
        assertThat(email.isInvalid()).isFalse();
        byId(Button.class, "save-learner").click();
        assertThat(saved).extracting(LearnerEdit::email).containsExactly("priya@example.org");
    }

    @Test
    void theServicesRefusalShowsUnderTheForm() {
        form.showProblem("Another learner already has the email priya.nair@example.org.");
        var problems = byId(Paragraph.class, "learner-problems");
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getText()).startsWith("Another learner");
    }

    @Test
    void anErasedLearnerIsReadOnly() {
        form.show(priya(true));
        assertThat(byId(TextField.class, "learner-name").isReadOnly()).isTrue();
        assertThat(byId(Button.class, "save-learner").isVisible()).isFalse();
    }
}
