package com.cohortdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

class StaticMarkupTest {

    @Test
    void theChildrenBecomeOneElementsEscapedInnerHtml() {
        var name = new Span("Ada <Lovelace> & co");
        name.addClassName("user-name");
        var box = StaticMarkup.flatten(new Div(name, new Span("ADMIN")));

        assertThat(box.getElement().getChildCount()).isZero();
        assertThat(box.getElement().getProperty("innerHTML"))
                .isEqualTo("<span class=\"user-name\">Ada &lt;Lovelace&gt; &amp; co</span><span>ADMIN</span>");
    }

    @Test
    void attributeValuesAreEscapedToo() {
        // a staff member's display name (entered by an administrator) ends up in an attribute: the avatar's name
        var avatar = new Div();
        avatar.getElement().setAttribute("name", "Ada \"Lovelace\" <img src=x onerror=alert(1)>");
        var box = StaticMarkup.flatten(new Div(avatar));

        assertThat(box.getElement().getProperty("innerHTML"))
                .isEqualTo("<div name=\"Ada &quot;Lovelace&quot; &lt;img src=x onerror=alert(1)&gt;\"></div>");
    }

    @Test
    void sideNavItemsKeepTheirPathIconAndLabel() {
        var nav = new SideNav();
        nav.addItem(new SideNavItem("Learners", "learners", VaadinIcon.USERS.create()));
        nav.addItem(new SideNavItem("Dashboard", ""));
        StaticMarkup.flatten(nav);

        assertThat(nav.getElement().getProperty("innerHTML"))
                .isEqualTo("<vaadin-side-nav-item path=\"learners\">Learners"
                        + "<vaadin-icon icon=\"vaadin:users\" slot=\"prefix\"></vaadin-icon></vaadin-side-nav-item>"
                        + "<vaadin-side-nav-item path=\"\">Dashboard</vaadin-side-nav-item>");
    }

    @Test
    void aButtonsIconAndLabelAreEscapedMarkup() {
        Button button = StaticMarkup.button("Sign <out>", VaadinIcon.SIGN_OUT, e -> {});

        assertThat(button.getElement().getChildCount()).isZero();
        assertThat(button.getElement().getProperty("innerHTML"))
                .isEqualTo("<vaadin-icon icon=\"vaadin:sign-out\" slot=\"prefix\"></vaadin-icon>Sign &lt;out&gt;");
    }
}
