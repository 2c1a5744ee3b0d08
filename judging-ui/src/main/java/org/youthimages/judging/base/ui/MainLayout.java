package org.youthimages.judging.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import io.micronaut.context.annotation.Prototype;
import org.youthimages.storage.account.AccountPreferences;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * The frame around every signed-in page: the navigation for the account's roles, the language, the account's
 * name and signing out. On a phone or tablet the navigation folds into a drawer.
 */
@Prototype
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** A place in the navigation, shown to accounts with the role. */
    public record NavItem(Role role, String labelKey, String path, VaadinIcon icon) {
    }

    /** The navigation, in order; the organiser screens add their entries here. */
    static final List<NavItem> NAVIGATION = List.of(
            new NavItem(Role.JUROR, "nav.myRounds", "judging", VaadinIcon.FILM),
            new NavItem(Role.JUROR, "nav.revealed", "revealed", VaadinIcon.CHART),
            new NavItem(Role.ORGANISER, "nav.editions", "editions", VaadinIcon.CALENDAR),
            new NavItem(Role.ORGANISER, "nav.screening", "organiser/screening", VaadinIcon.CHECK_SQUARE_O),
            new NavItem(Role.ORGANISER, "nav.rounds", "organiser/rounds", VaadinIcon.GAVEL),
            new NavItem(Role.ORGANISER, "nav.awards", "organiser/awards", VaadinIcon.TROPHY),
            new NavItem(Role.ORGANISER, "nav.audit", "organiser/audit", VaadinIcon.RECORDS),
            new NavItem(Role.ORGANISER, "nav.privacy", "organiser/privacy", VaadinIcon.SHIELD),
            new NavItem(Role.ORGANISER, "nav.accounts", "organiser/accounts", VaadinIcon.USERS));

    private final Span title = new Span();

    MainLayout(AccountPreferences preferences) {
        ActingAccount account = CurrentAccount.require();
        setPrimarySection(Section.DRAWER);
        title.addClassName("yi-view-title");
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("yi-brand");
        Span who = new Span(account.displayName());
        who.addClassName("yi-who");
        Button signOut = new Button(getTranslation("nav.signOut"), VaadinIcon.SIGN_OUT.create(),
                click -> CurrentAccount.signOut());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout end = new HorizontalLayout(new LanguageSelect(preferences), who, signOut);
        end.addClassName("yi-navbar-end");
        end.setAlignItems(HorizontalLayout.Alignment.CENTER);
        addToNavbar(menuToggle(), title, end);
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("nav.drawer")));
        addToDrawer(brand, navigation(account));
    }

    /** Vaadin's toggle is labelled in English whatever the page's language; ours says it in the user's. */
    private DrawerToggle menuToggle() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        return toggle;
    }

    private SideNav navigation(ActingAccount account) {
        SideNav nav = new SideNav();
        List<SideNavItem> items = new ArrayList<>();
        for (NavItem item : NAVIGATION) {
            if (account.hasRole(item.role())) {
                items.add(new SideNavItem(getTranslation(item.labelKey()), item.path(), item.icon().create()));
            }
        }
        items.forEach(nav::addItem);
        return nav;
    }

    /** Shows the view's title (its {@link HasDynamicTitle}, which also names the browser tab) in the navbar. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        title.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
