package com.cohortdesk.assessment.ui;

import com.cohortdesk.shared.ProgrammeTime;
import com.vaadin.flow.component.combobox.ComboBox;
import java.time.ZoneId;
import java.util.List;

/** A time zone picker over the region ids (Europe/London, Asia/Kolkata, …), Europe/London by default. */
final class ZoneField {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")).sorted().toList();

    private ZoneField() {
    }

    static ComboBox<String> create(String label) {
        var field = new ComboBox<String>(label);
        var items = new java.util.ArrayList<>(ZONES);
        items.addFirst("UTC");
        field.setItems(items);
        field.setValue(ProgrammeTime.ZONE.getId());
        field.setAllowCustomValue(false);
        field.setHelperText("Times are entered in this zone");
        return field;
    }
}
