package com.cohortdesk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The frame around every signed-in view: the drawer with the navigation the current user may open, and a header with
 * the view title, the signed-in user, the actions the features add to the user menu ({@link UserMenuAction}), the
 * dark-mode switch and sign-out. Under 600 px wide (styles.css) the header keeps the title and shows the user as an
 * avatar that opens a menu with the same actions.
 * <p>
 * Landmarks, so that every page passes axe's {@code region} and {@code landmark-one-main}: the header is a
 * {@code header} (banner), the drawer a {@code nav}, and the view the {@code main} landmark.
 */
@Layout
@PermitAll
@JsModule("@vaadin/side-nav/src/vaadin-side-nav-item.js") // the items are markup (StaticMarkup), not components
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String DARK_MODE = "Dark mode";

    private final H1 viewTitle = new H1();
    private final SignedInUser signedIn;
    private final List<UserMenuAction> actions;
    private boolean dark;
    private @Nullable Button darkModeButton;
    private @Nullable MenuItem darkModeItem;
    private final Header header;
    /** Makes the phone's user menu; null once it is made. */
    private @Nullable SerializableSupplier<Component> compactMenu;

    private @Nullable Registration resize;

    MainLayout(SignedInUser signedIn, AuthenticationContext authentication, List<UserMenuAction> actions) {
        this.signedIn = signedIn;
        this.actions = actions.stream()
                .sorted(Comparator.comparingInt(UserMenuAction::order))
                .toList();
        setPrimarySection(Section.DRAWER);
        var drawer = new Nav(brand(), new Scroller(sideNav()));
        drawer.addClassName("main-drawer");
        drawer.getElement().setAttribute("aria-label", "Main menu");
        addToDrawer(drawer);
        var user = signedIn.current();
        dark = user.map(SignedInUser.Identity::darkMode).orElse(false);
        // not touch-optimised: the bar stays at the top on phones too (a touch-optimised navbar moves to the bottom)
        header = new Header(new DrawerToggle(), viewTitle, userMenu(user.orElse(null), authentication));
        header.addClassName("main-header");
        addToNavbar(header);
        var identity = user.orElse(null);
        compactMenu = () -> compactUserMenu(identity, authentication);
        viewTitle.addClassName("view-title");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        var ui = attachEvent.getUI();
        applyColorScheme(ui);
        // The phone's user menu (about ten server-side nodes) is made only for a window that is, or becomes, narrower
        // than a phone's breakpoint: a desktop session never carries it (issue #15: memory per UI).
        if (compactMenu == null) return;
        Integer width = ResponsiveGrid.windowWidth(ui);
        if (width != null && width < ResponsiveGrid.PHONE_WIDTH) addCompactUserMenu();
        else if (resize == null) {
            resize = ui.getPage().addBrowserWindowResizeListener(e -> {
                if (e.getWidth() < ResponsiveGrid.PHONE_WIDTH) addCompactUserMenu();
            });
        }
    }

    private void addCompactUserMenu() {
        if (compactMenu == null) return;
        header.add(compactMenu.get());
        compactMenu = null;
        if (resize != null) {
            resize.remove();
            resize = null;
        }
    }

    /** The view is the page's {@code main} landmark. */
    @Override
    public void showRouterLayoutContent(@Nullable HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) content.getElement().setAttribute("role", "main");
    }

    private Component brand() {
        var logo = VaadinIcon.ACADEMY_CAP.create();
        logo.addClassName("brand-logo");
        logo.getElement().setAttribute("aria-hidden", "true");
        var name = new Span("Cohort Desk");
        name.addClassName("brand-name");
        var tagline = new Span("MSc ML & Data Science");
        tagline.addClassName("brand-tagline");
        var text = new Div(name, tagline);
        text.addClassName("brand-text");
        var brand = new Div(logo, text);
        brand.addClassName("brand");
        return StaticMarkup.flatten(brand);
    }

    private SideNav sideNav() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        nav.getElement().setAttribute("aria-label", "Pages");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        // vaadin-side-nav-item links to its page and marks the current one by itself: the items need no server-side
        // node (three each: item, icon, label), only their markup (vaadin-side-nav-item.js is imported above).
        return StaticMarkup.flatten(nav);
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    private Component userMenu(SignedInUser.@Nullable Identity user, AuthenticationContext authentication) {
        var box = new Div();
        box.addClassName("user-menu");
        if (user == null) return box;
        var avatar = new Avatar();
        avatar.getElement().setAttribute("name", user.displayName()); // an attribute: it outlives flatten()
        avatar.getElement().setAttribute("aria-hidden", "true");
        var name = new Span(user.displayName());
        name.addClassName("user-name");
        var role = new Span(user.roles());
        role.addClassName("user-role");
        var who = new Div(name, role);
        who.addClassName("user-who");
        var identity = new Div(avatar, who);
        identity.addClassName("user-identity");
        box.add(StaticMarkup.flatten(identity));
        // The buttons' icons and labels never change: sent as markup, they need no server-side node each.
        for (var action : actions) {
            var button = StaticMarkup.button(action.label(), action.icon(), e -> action.run());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.setId(action.buttonId());
            box.add(button);
        }
        var theme = StaticMarkup.button(DARK_MODE, VaadinIcon.ADJUST, e -> toggleDarkMode());
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        theme.setId("dark-mode-toggle");
        theme.getElement().setAttribute("aria-pressed", String.valueOf(dark));
        darkModeButton = theme;
        var changePassword = StaticMarkup.button(
                "Change password",
                VaadinIcon.KEY,
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("change-password")));
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        changePassword.setId("change-password-link");
        var logout = StaticMarkup.button("Sign out", VaadinIcon.SIGN_OUT, e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        box.add(theme, changePassword, logout);
        return box;
    }

    /** Phones: the avatar opens a menu with who is signed in and the same actions (hidden by styles.css above 600 px). */
    private Component compactUserMenu(SignedInUser.@Nullable Identity user, AuthenticationContext authentication) {
        var menu = new MenuBar();
        menu.addClassName("user-menu-compact");
        menu.setId("user-menu-compact");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        if (user == null) return menu;
        var avatar = new Avatar(user.displayName());
        avatar.getElement().setAttribute("aria-hidden", "true");
        var item = menu.addItem(avatar);
        item.setAriaLabel("User menu of " + user.displayName());
        item.setId("user-menu-avatar");
        var sub = item.getSubMenu();
        var who = sub.addItem(user.displayName() + " (" + user.roles() + ")");
        who.setEnabled(false);
        for (var action : actions) {
            sub.addItem(action.label(), e -> action.run()).setId(action.menuItemId());
        }
        var theme = sub.addItem(DARK_MODE);
        theme.setId("menu-dark-mode");
        theme.setCheckable(true);
        theme.setChecked(dark);
        theme.addClickListener(e -> toggleDarkMode());
        darkModeItem = theme;
        sub.addItem("Change password", e -> menu.getUI().ifPresent(ui -> ui.navigate("change-password")))
                .setId("menu-change-password");
        sub.addItem("Sign out", e -> authentication.logout()).setId("menu-logout");
        return menu;
    }

    private void toggleDarkMode() {
        dark = !dark;
        signedIn.setDarkMode(dark);
        if (darkModeButton != null) darkModeButton.getElement().setAttribute("aria-pressed", String.valueOf(dark));
        if (darkModeItem != null) darkModeItem.setChecked(dark);
        getUI().ifPresent(this::applyColorScheme);
    }

    private void applyColorScheme(UI ui) {
        ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
