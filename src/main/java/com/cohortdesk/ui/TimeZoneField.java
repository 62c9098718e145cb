package com.cohortdesk.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one time zone picker: UTC, then every region id (Europe/London, Asia/Kolkata, America/St_Johns, …) in
 * alphabetical order; no fixed-offset {@code Etc/} ids and no legacy aliases without a region.
 */
public class TimeZoneField extends ComboBox<String> {

    /** The ids the field offers. */
    public static final List<String> ZONES = zones();

    /** A field without a label (a filter with a placeholder): name it with {@link #setAriaLabel}. */
    public TimeZoneField() {
        this("");
    }

    public TimeZoneField(String label) {
        super(label);
        setItems(ZONES);
        setAllowCustomValue(false);
    }

    /** A field to enter times in: Europe/London unless the user picks another zone, and says so. */
    public static TimeZoneField forEntry(String label, ZoneId initial) {
        var field = new TimeZoneField(label);
        field.setValue(initial.getId());
        field.setHelperText("Times are entered in this zone");
        return field;
    }

    /** The chosen zone, or empty when none is chosen. */
    public Optional<ZoneId> zone() {
        return parse(getValue());
    }

    static Optional<ZoneId> parse(@Nullable String id) {
        if (id == null || id.isBlank()) return Optional.empty();
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> zones() {
        var regions = ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                .sorted()
                .toList();
        var zones = new ArrayList<String>(regions.size() + 1);
        zones.add("UTC");
        zones.addAll(regions);
        return List.copyOf(zones);
    }
}
