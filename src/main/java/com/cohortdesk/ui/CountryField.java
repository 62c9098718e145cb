package com.cohortdesk.ui;

import com.cohortdesk.shared.Countries;
import com.vaadin.flow.component.combobox.ComboBox;

/** The one country picker: ISO 3166 codes, ordered and shown by name ("United Kingdom (GB)"). */
public class CountryField extends ComboBox<String> {

    /** A field without a label (a filter with a placeholder): name it with {@link #setAriaLabel}. */
    public CountryField() {
        this("");
    }

    public CountryField(String label) {
        super(label);
        setItems(Countries.codesByName());
        setItemLabelGenerator(CountryField::label);
    }

    /** How a country code is shown: its English name and the code. */
    public static String label(String code) {
        return Countries.name(code) + " (" + code + ")";
    }
}
