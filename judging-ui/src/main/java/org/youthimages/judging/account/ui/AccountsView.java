package org.youthimages.judging.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.MainLayout;
import org.youthimages.judging.base.ui.Notifications;
import org.youthimages.storage.account.AccountDirectory;
import org.youthimages.storage.account.Invitations;

import java.util.stream.Collectors;

import static org.youthimages.judging.base.ui.RowButtons.small;

/** Organisers invite jurors and see who has accepted; they can send an invitation again or switch an account off. */
@Route(value = "organiser/accounts", layout = MainLayout.class)
@RolesAllowed("ORGANISER")
@Prototype
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountDirectory directory;
    private final Invitations invitations;
    private final Grid<AccountDirectory.Entry> grid = new Grid<>();

    AccountsView(AccountDirectory directory, Invitations invitations) {
        this.directory = directory;
        this.invitations = invitations;
        InviteForm form = new InviteForm();
        form.addInviteListener(event -> {
            Invitations.Outcome outcome = invitations.invite(CurrentAccount.require(), event.invitation());
            Notifications.success(getTranslation("accounts.outcome." + outcome.name(), event.invitation().email()));
            form.clear();
            refresh();
        });
        Details invite = new Details(getTranslation("accounts.inviteTitle"), form);
        invite.setOpened(true);
        grid.addColumn(AccountDirectory.Entry::displayName).setHeader(getTranslation("accounts.name")).setAutoWidth(true);
        grid.addColumn(AccountDirectory.Entry::email).setHeader(getTranslation("accounts.email")).setAutoWidth(true);
        grid.addColumn(e -> e.roles().stream().map(r -> getTranslation("role." + r)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("accounts.roles"));
        grid.addComponentColumn(this::status).setHeader(getTranslation("accounts.status"));
        grid.addComponentColumn(this::actions);
        add(invite, grid);
        setSizeFull();
        refresh();
    }

    private Badge status(AccountDirectory.Entry entry) {
        String state = !entry.active() ? "DEACTIVATED" : entry.accepted() ? "ACTIVE" : "INVITED";
        Badge badge = new Badge(getTranslation("accounts.state." + state));
        badge.addThemeVariants(switch (state) {
            case "ACTIVE" -> BadgeVariant.SUCCESS;
            case "INVITED" -> BadgeVariant.WARNING;
            default -> BadgeVariant.CONTRAST;
        });
        return badge;
    }

    private HorizontalLayout actions(AccountDirectory.Entry entry) {
        HorizontalLayout actions = new HorizontalLayout();
        if (entry.active() && !entry.accepted()) {
            actions.add(small(getTranslation("accounts.resend"), () -> {
                invitations.resend(CurrentAccount.require(), entry.id());
                Notifications.success(getTranslation("accounts.resent", entry.email()));
            }));
        }
        if (entry.id() != CurrentAccount.require().id()) {
            actions.add(small(getTranslation(entry.active() ? "accounts.deactivate" : "accounts.reactivate"), () -> {
                directory.setActive(CurrentAccount.require(), entry.id(), !entry.active());
                refresh();
            }));
        }
        return actions;
    }

    private void refresh() {
        grid.setItems(directory.list(CurrentAccount.require()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
