package org.youthimages.storage.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.sql.Jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An edition's jury panels (the international jury, a pre-selection committee, a partner's panel) and who sits on
 * them. A round's jurors are its panel's members; a prize is judged by its panel.
 */
@Singleton
public class JuryPanels {

    /** A juror as organisers pick them: with the organisation and country that conflict detection compares. */
    public record Juror(long accountId, String name, String email, @Nullable String organisation,
                        @Nullable String countryCode) {
    }

    public record Panel(long id, String name, List<Juror> members) {
    }

    private final AccessRules access;
    private final JuryPanelRepository panels;
    private final Jdbc jdbc;
    private final AuditLog audit;

    JuryPanels(AccessRules access, JuryPanelRepository panels, Jdbc jdbc, AuditLog audit) {
        this.access = access;
        this.panels = panels;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The names of the edition's panels by id, without their members: what a list of rounds or prizes shows. */
    public Map<Long, String> names(ActingAccount organiser, long editionId) {
        access.requireOrganiser(organiser);
        Map<Long, String> names = new HashMap<>();
        panels.findByEditionId(editionId).forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    public List<Panel> panels(ActingAccount organiser, long editionId) {
        access.requireOrganiser(organiser);
        Map<Long, Panel> byId = new LinkedHashMap<>();
        panels.findByEditionId(editionId).stream().sorted(java.util.Comparator.comparing(JuryPanel::name))
                .forEach(p -> byId.put(p.id(), new Panel(p.id(), p.name(), new ArrayList<>())));
        jdbc.list("""
                select m.panel_id, a.id, a.display_name, a.email, a.organisation, a.country_code
                  from jury_panel_member m join jury_panel p on p.id = m.panel_id join account a on a.id = m.account_id
                 where p.edition_id = ? order by a.display_name""", rs -> {
            byId.get(rs.getLong(1)).members().add(juror(rs, 2));
            return null;
        }, editionId);
        return List.copyOf(byId.values());
    }

    /** Active accounts with the juror role, who can sit on a panel. */
    public List<Juror> jurors(ActingAccount organiser) {
        access.requireOrganiser(organiser);
        return jdbc.list("""
                select id, display_name, email, organisation, country_code from account
                 where active and 'JUROR' = any(roles) order by display_name""", rs -> juror(rs, 1));
    }

    @Transactional
    public JuryPanel save(ActingAccount organiser, long editionId, @Nullable Long panelId, String name) {
        access.requireOrganiser(organiser);
        if (name == null || name.isBlank()) {
            throw new Refused("name", "Give it a name");
        }
        String clean = name.strip();
        panels.findByEditionId(editionId).stream()
                .filter(p -> p.name().equalsIgnoreCase(clean) && !p.id().equals(panelId)).findFirst().ifPresent(p -> {
                    throw new Refused("panel.nameTaken", "Another panel is called " + clean, clean);
                });
        JuryPanel before = panelId == null ? null : find(panelId);
        JuryPanel saved = before == null ? panels.save(new JuryPanel(null, editionId, clean))
                : panels.update(new JuryPanel(before.id(), before.editionId(), clean));
        audit.record(organiser.actor(), "panel.save", editionId, "jury_panel", saved.id(), before, saved);
        return saved;
    }

    /** Makes the panel's members exactly these jurors. */
    @Transactional
    public void setMembers(ActingAccount organiser, long panelId, Collection<Long> jurorIds) {
        access.requireOrganiser(organiser);
        JuryPanel panel = find(panelId);
        Set<Long> wanted = new TreeSet<>(jurorIds);
        for (long id : wanted) {
            boolean juror = jdbc.one("select active and 'JUROR' = any(roles) from account where id = ?",
                    rs -> rs.getBoolean(1), id).orElse(false);
            if (!juror) {
                throw new Refused("panel.notJuror", "Account " + id + " is not an active juror", id);
            }
        }
        List<Long> before = jdbc.list("select account_id from jury_panel_member where panel_id = ? order by account_id",
                rs -> rs.getLong(1), panelId);
        jdbc.update("delete from jury_panel_member where panel_id = ? and not (account_id = any(?))", panelId,
                wanted.toArray(Long[]::new));
        for (long id : wanted) {
            jdbc.update("insert into jury_panel_member (panel_id, account_id) values (?, ?) on conflict do nothing",
                    panelId, id);
        }
        audit.record(organiser.actor(), "panel.members", panel.editionId(), "jury_panel", panelId, before,
                List.copyOf(wanted));
    }

    @Transactional
    public void delete(ActingAccount organiser, long panelId) {
        access.requireOrganiser(organiser);
        JuryPanel panel = find(panelId);
        long used = jdbc.one("select (select count(*) from round where panel_id = ?) + "
                + "(select count(*) from prize where panel_id = ?)", rs -> rs.getLong(1), panelId, panelId).orElse(0L);
        if (used > 0) {
            throw new Refused("panel.inUse", "A round or a prize is judged by this panel", panel.name());
        }
        jdbc.update("delete from jury_panel_member where panel_id = ?", panelId);
        panels.delete(panel);
        audit.record(organiser.actor(), "panel.delete", panel.editionId(), "jury_panel", panelId, panel, null);
    }

    private JuryPanel find(long panelId) {
        return panels.findById(panelId).orElseThrow(() -> new Refused("gone", "It was removed meanwhile", panelId));
    }

    private static Juror juror(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
        return new Juror(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getString(first + 3), rs.getString(first + 4));
    }
}
