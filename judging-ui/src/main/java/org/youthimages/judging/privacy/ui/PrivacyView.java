package org.youthimages.judging.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.youthimages.judging.base.ui.Actions;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.Downloads;
import org.youthimages.judging.base.ui.MainLayout;
import org.youthimages.judging.base.ui.Notifications;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionEditor;
import org.youthimages.storage.privacy.PersonalData;

import java.time.Duration;
import java.time.ZoneOffset;

/**
 * Personal data: an entrant's or guardian's request to see or erase their data (found by the entry's reference or
 * their email), and each edition's retention (after which personal data is erased automatically). Both are recorded
 * in the audit log.
 */
@Route(value = "organiser/privacy", layout = MainLayout.class)
@RolesAllowed("ORGANISER")
@Prototype
public class PrivacyView extends VerticalLayout implements HasDynamicTitle {

    private final PersonalData personalData;
    final TextField search = new TextField();
    final Button find = new Button();
    final Grid<PersonalData.Match> matches = new Grid<>();
    final Grid<Edition> retention = new Grid<>();

    PrivacyView(PersonalData personalData, EditionEditor editions) {
        this.personalData = personalData;
        search.setLabel(getTranslation("privacy.search"));
        search.setHelperText(getTranslation("privacy.searchHelp"));
        search.setWidth("28rem"); // wide enough for an address and its example on one line
        search.setMaxWidth("100%");
        find.setText(getTranslation("privacy.find"));
        find.setIcon(VaadinIcon.SEARCH.create());
        find.addClickListener(click -> refresh());
        search.addKeyDownListener(com.vaadin.flow.component.Key.ENTER, e -> refresh());
        matches.setEmptyStateText(getTranslation("empty.privacy.start"));
        matches.addColumn(PersonalData.Match::reference).setHeader(getTranslation("scores.reference")).setAutoWidth(true);
        matches.addColumn(PersonalData.Match::title).setHeader(getTranslation("scores.film")).setAutoWidth(true);
        matches.addColumn(PersonalData.Match::edition).setHeader(getTranslation("rounds.edition"));
        matches.addColumn(m -> m.erasedAt() == null ? m.entrant() : getTranslation("privacy.erasedOn",
                m.erasedAt().atZone(ZoneOffset.UTC).toLocalDate())).setHeader(getTranslation("privacy.entrant"));
        matches.addComponentColumn(m -> {
            Downloads.Link export = Downloads.link(getTranslation("privacy.export"), m.reference() + "-personal-data.json",
                    "application/json", out -> personalData.export(CurrentAccount.require(), m.entryId(), out));
            Button erase = new Button(getTranslation("privacy.erase"), click -> askErase(m));
            erase.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            HorizontalLayout actions = new HorizontalLayout(export, erase);
            actions.setAlignItems(Alignment.CENTER);
            return actions;
        }).setKey("actions").setAutoWidth(true);
        matches.setAllRowsVisible(true);
        retention.addColumn(Edition::name).setHeader(getTranslation("rounds.edition")).setAutoWidth(true);
        retention.addColumn(e -> e.personalDataRetentionDays() == null ? getTranslation("privacy.keptUntilErased")
                : getTranslation("privacy.retentionDays", e.personalDataRetentionDays(),
                e.submissionsCloseAt().plus(Duration.ofDays(e.personalDataRetentionDays())).atZone(e.zone())
                        .toLocalDate())).setHeader(getTranslation("privacy.retention"));
        retention.setItems(editions.editions(CurrentAccount.require()));
        retention.setAllRowsVisible(true);
        HorizontalLayout searchBar = new HorizontalLayout(search, find);
        searchBar.setWidthFull();
        searchBar.setAlignItems(Alignment.BASELINE);
        add(new Paragraph(getTranslation("privacy.intro")), searchBar, matches,
                new H3(getTranslation("privacy.retention")), new Paragraph(getTranslation("privacy.retentionIntro")),
                retention);
    }

    private void askErase(PersonalData.Match match) {
        Dialog dialog = new Dialog(getTranslation("privacy.eraseTitle", match.reference()));
        TextArea reason = new TextArea(getTranslation("privacy.reason"));
        reason.setHelperText(getTranslation("privacy.reasonHelp"));
        reason.setWidthFull();
        Checkbox files = new Checkbox(getTranslation("privacy.deleteFiles"));
        Button confirm = new Button(getTranslation("privacy.erase"), click -> {
            PersonalData.Erased[] erased = new PersonalData.Erased[1];
            if (Actions.run(this, () -> erased[0] = personalData.erase(CurrentAccount.require(), match.entryId(),
                    reason.getValue(), files.getValue()))) {
                Notifications.success(getTranslation("privacy.erased", erased[0].people(), erased[0].emails(),
                        erased[0].files()));
                dialog.close();
                refresh();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.add(new Paragraph(getTranslation("privacy.eraseText")), reason, files);
        dialog.getFooter().add(new Button(getTranslation("setup.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
    }

    private void refresh() {
        matches.setItems(personalData.find(CurrentAccount.require(), search.getValue()));
        matches.setEmptyStateText(getTranslation("empty.privacy", search.getValue().strip()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}
