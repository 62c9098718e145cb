package com.cohortdesk.cohort.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.cohort.CohortDraft;
import com.cohortdesk.cohort.CohortStatus;
import com.cohortdesk.cohort.TermCalendar;
import com.cohortdesk.ui.FormTesting;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cohort form on its own, without Spring or a browser: fields, rules on the fields, and the events it fires. */
class CohortFormTest {

    private CohortForm form;
    private final List<CohortDraft> saved = new ArrayList<>();
    private int cancelled;

    @BeforeEach
    void createForm() {
        form = new CohortForm(CohortDraft.proposal(2027), true);
        form.addSaveListener(e -> saved.add(e.draft()));
        form.addCancelListener(e -> cancelled++);
    }

    private <T extends Component> T byId(Class<T> type, String id) {
        return FormTesting.byId(form, type, id);
    }

    @Test
    void savesTheEditedDraft() {
        byId(TextField.class, "cohort-name").setValue("Fall 2027 (online)");
        byId(Button.class, "cohort-save").click();
        assertThat(saved)
                .containsExactly(
                        new CohortDraft("Fall 2027 (online)", 2027, CohortStatus.PLANNED, TermCalendar.propose(2027)));
    }

    @Test
    void aBlankNameIsRefusedOnTheFieldWithTheDomainRuleAndNothingIsFired() {
        var name = byId(TextField.class, "cohort-name");
        name.setValue("  ");
        byId(Button.class, "cohort-save").click();
        assertThat(saved).isEmpty();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage())
                .isEqualTo(CohortDraft.nameProblem("  "))
                .startsWith("Give the cohort a name");
    }

    @Test
    void aNameWithALineBreakAndAnIntakeYearOutOfRangeShowOnTheirFields() {
        var name = byId(TextField.class, "cohort-name");
        var year = byId(IntegerField.class, "cohort-intake");
        name.setValue("Fall\n2027");
        year.setValue(1900);
        byId(Button.class, "cohort-save").click();
        assertThat(saved).isEmpty();
        assertThat(name.getErrorMessage()).contains("line break");
        assertThat(year.isInvalid()).isTrue();
        assertThat(year.getErrorMessage()).isEqualTo("The intake year must be between 2000 and 2100.");
    }

    @Test
    void aMissingTermDateIsRefusedOnThatDate() {
        var end = byId(DatePicker.class, "term-3-end");
        end.clear();
        byId(Button.class, "cohort-save").click();
        assertThat(saved).isEmpty();
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Give the day term 3 ends.");
        assertThat(byId(DatePicker.class, "term-3-start").isInvalid()).isFalse();
    }

    @Test
    void overlappingTermsAreLeftToTheServiceWhoseProblemShowsUnderTheForm() {
        var term1End = byId(DatePicker.class, "term-1-end");
        byId(DatePicker.class, "term-2-start").setValue(term1End.getValue().minusDays(1));
        byId(Button.class, "cohort-save").click();
        assertThat(saved).hasSize(1);
        assertThat(saved.getFirst().problems()).anyMatch(p -> p.contains("terms must not overlap"));
        form.showProblem(saved.getFirst().problems().getFirst());
        var problems = byId(Paragraph.class, "cohort-problems");
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getText()).contains("terms must not overlap");
    }

    @Test
    void cancelFiresCancelOnly() {
        byId(Button.class, "cohort-cancel").click();
        assertThat(cancelled).isOne();
        assertThat(saved).isEmpty();
    }
}
