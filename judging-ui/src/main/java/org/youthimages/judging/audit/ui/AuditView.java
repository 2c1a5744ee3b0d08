package org.youthimages.judging.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.DateFields;
import org.youthimages.judging.base.ui.Downloads;
import org.youthimages.judging.base.ui.Formats;
import org.youthimages.judging.base.ui.MainLayout;
import org.youthimages.storage.audit.AuditEvent;
import org.youthimages.storage.audit.AuditTrail;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionEditor;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The audit log: every decision and change, newest first, with who, when, and the state before and after; filtered
 * by edition, action, subject, person and dates, and exported as CSV (the export is itself recorded).
 */
@Route(value = "organiser/audit", layout = MainLayout.class)
@RolesAllowed("ORGANISER")
@Prototype
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditTrail trail;
    final Select<Optional<Edition>> edition = new Select<>();
    final TextField action = new TextField();
    final TextField subject = new TextField();
    final TextField actor = new TextField();
    final DatePicker from = DateFields.unambiguous(new DatePicker());
    final DatePicker until = DateFields.unambiguous(new DatePicker());
    final Grid<AuditEvent> grid = new Grid<>();
    final Downloads.Link export;

    AuditView(AuditTrail trail, EditionEditor editions) {
        this.trail = trail;
        List<Optional<Edition>> choices = new java.util.ArrayList<>();
        choices.add(Optional.empty());
        editions.editions(CurrentAccount.require()).forEach(e -> choices.add(Optional.of(e)));
        edition.setLabel(getTranslation("rounds.edition"));
        edition.setItems(choices);
        edition.setItemLabelGenerator(e -> e.map(Edition::name).orElse(getTranslation("audit.allEditions")));
        edition.setValue(choices.size() > 1 ? choices.get(1) : choices.getFirst());
        action.setLabel(getTranslation("audit.action"));
        action.setHelperText(getTranslation("audit.actionHelp"));
        subject.setLabel(getTranslation("audit.subject"));
        subject.setHelperText(getTranslation("audit.subjectHelp"));
        actor.setLabel(getTranslation("audit.actor"));
        from.setLabel(getTranslation("audit.from"));
        until.setLabel(getTranslation("audit.until"));
        for (TextField field : List.of(action, subject, actor)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> refresh());
        }
        edition.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        until.addValueChangeListener(e -> refresh());
        grid.setEmptyStateText(getTranslation("empty.audit"));
        grid.addColumn(e -> Formats.utcWithSeconds(e.at())).setHeader(getTranslation("audit.at"))
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::actorLabel).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEvent::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.subjectType() + " " + e.subjectId()).setHeader(getTranslation("audit.subject"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.after() == null ? "" : abbreviate(e.after())).setHeader(getTranslation("audit.after"))
                .setFlexGrow(2);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setSizeFull();
        export = Downloads.csv(getTranslation("audit.export"), "audit-log.csv",
                out -> trail.writeCsv(CurrentAccount.require(), filter(), out));
        // Two rows of filters, where six used to wrap the last alone: which edition and when, then what and who.
        edition.setWidth("22rem");
        edition.setMaxWidth("100%");
        HorizontalLayout scope = new HorizontalLayout(edition, from, until);
        HorizontalLayout filters = new HorizontalLayout(action, subject, actor);
        scope.addClassName("yi-filters");
        filters.addClassName("yi-filters");
        add(scope, filters, export, grid);
        setSizeFull();
        refresh();
    }

    AuditTrail.Filter filter() {
        return new AuditTrail.Filter(edition.getValue() == null ? null : edition.getValue().map(Edition::id).orElse(null),
                blankToNull(action.getValue()), blankToNull(subject.getValue()), blankToNull(actor.getValue()),
                from.getValue() == null ? null : from.getValue().atStartOfDay(ZoneOffset.UTC).toInstant(),
                until.getValue() == null ? null : until.getValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private void refresh() {
        AuditTrail.Filter filter = filter();
        grid.setItems(query -> trail.page(CurrentAccount.require(), filter, query.getOffset(), query.getLimit()).stream(),
                query -> trail.count(CurrentAccount.require(), filter));
    }

    private Div details(AuditEvent event) {
        Div details = new Div();
        details.addClassName("yi-audit-details");
        details.add(new Div(getTranslation("audit.before")), new Pre(event.before() == null ? "—" : event.before()),
                new Div(getTranslation("audit.after")), new Pre(event.after() == null ? "—" : event.after()));
        return details;
    }

    private static String abbreviate(String json) {
        return json.length() <= 160 ? json : json.substring(0, 157) + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
