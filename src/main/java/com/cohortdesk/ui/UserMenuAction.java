package com.cohortdesk.ui;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * An action a feature adds to the user menu (a Spring bean), so the layout does not depend on that feature: the
 * calendar adds "My calendar feed" this way. The wide header shows it as a button, the phone's avatar menu as an item.
 */
public interface UserMenuAction {

    /** Order in the menu; lower comes first. */
    int order();

    String label();

    VaadinIcon icon();

    /** Id of the header's button. */
    String buttonId();

    /** Id of the avatar menu's item. */
    String menuItemId();

    void run();
}
