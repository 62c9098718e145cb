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
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
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
 * and a header with the view title, the signed-in user and sign-out. Under 600 px wide (styles.css) the header keeps the
 * title and shows the user as an avatar that opens a menu with the same actions.
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
        // not touch-optimised: the bar stays at the top on phones too (a touch-optimised navbar moves to the bottom)
        addToNavbar(new DrawerToggle(), viewTitle, userMenu(currentUser, authentication), compactUserMenu(currentUser, authentication));
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
            var role = new Span(roles(user));
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

    /** Phones: the avatar opens a menu with who is signed in and the same three actions (hidden by styles.css above 600 px). */
    private Component compactUserMenu(CurrentUser currentUser, AuthenticationContext authentication) {
        var menu = new MenuBar();
        menu.addClassName("user-menu-compact");
        menu.setId("user-menu-compact");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        currentUser.get().ifPresent(user -> {
            var avatar = new Avatar(user.getDisplayName());
            avatar.getElement().setAttribute("aria-hidden", "true");
            var item = menu.addItem(avatar);
            item.setAriaLabel("User menu of " + user.getDisplayName());
            item.setId("user-menu-avatar");
            var sub = item.getSubMenu();
            var who = sub.addItem(user.getDisplayName() + " (" + roles(user) + ")");
            who.setEnabled(false);
            sub.addItem("My calendar feed", e -> new MyFeedDialog(feeds, clock).open()).setId("menu-my-feed");
            sub.addItem("Change password", e -> menu.getUI().ifPresent(ui -> ui.navigate("change-password")))
                    .setId("menu-change-password");
            sub.addItem("Sign out", e -> authentication.logout()).setId("menu-logout");
        });
        return menu;
    }

    private static String roles(com.cohortdesk.security.StaffPrincipal user) {
        return user.getAuthorities().stream()
                .map(a -> a.getAuthority().replace("ROLE_", "")).sorted()
                .map(r -> r.charAt(0) + r.substring(1).toLowerCase()).reduce((a, b) -> a + ", " + b).orElse("");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
