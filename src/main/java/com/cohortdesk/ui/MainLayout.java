package com.cohortdesk.ui;

import com.cohortdesk.calendar.CalendarFeedService;
import com.cohortdesk.calendar.ui.MyFeedDialog;
import com.cohortdesk.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view: the drawer with the navigation the current user may open,
 * and a header with the view title, the signed-in user and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    private final CalendarFeedService feeds;
    private final java.time.Clock clock;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, CalendarFeedService feeds, java.time.Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(sideNav()));
        addToNavbar(true, new DrawerToggle(), viewTitle, userMenu(currentUser, authentication));
        viewTitle.addClassName("view-title");
    }

    private Component brand() {
        var logo = VaadinIcon.ACADEMY_CAP.create();
        logo.addClassName("brand-logo");
        var name = new Span("Cohort Desk");
        name.addClassName("brand-name");
        var tagline = new Span("MSc ML & Data Science");
        tagline.addClassName("brand-tagline");
        var text = new Div(name, tagline);
        text.addClassName("brand-text");
        var brand = new Div(logo, text);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav sideNav() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    private Component userMenu(CurrentUser currentUser, AuthenticationContext authentication) {
        var box = new Div();
        box.addClassName("user-menu");
        currentUser.get().ifPresent(user -> {
            var avatar = new Avatar(user.getDisplayName());
            var name = new Span(user.getDisplayName());
            name.addClassName("user-name");
            var role = new Span(user.getAuthorities().stream()
                    .map(a -> a.getAuthority().replace("ROLE_", "")).sorted()
                    .map(r -> r.charAt(0) + r.substring(1).toLowerCase()).reduce((a, b) -> a + ", " + b).orElse(""));
            role.addClassName("user-role");
            var who = new Div(name, role);
            who.addClassName("user-who");
            var logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.setId("logout");
            var changePassword = new Button("Change password", VaadinIcon.KEY.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("change-password")));
            changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            changePassword.setId("change-password-link");
            var myFeed = new Button("My calendar feed", VaadinIcon.CALENDAR.create(), e -> new MyFeedDialog(feeds, clock).open());
            myFeed.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            myFeed.setId("my-feed-link");
            box.add(avatar, who, myFeed, changePassword, logout);
        });
        return box;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
