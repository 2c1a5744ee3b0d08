package org.youthimages.judging.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.youthimages.storage.decision.ConfirmationNeeded;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.decision.Warning;

import java.util.function.Consumer;

/**
 * Runs an organiser's action and tells them how it went: a refusal in their language ({@code refused.<key>}); a
 * change that needs confirmation as a dialog listing what it would do ({@code warning.<key>}), which repeats the
 * action confirmed.
 */
public final class Actions {

    /** The dialog on screen while a confirmation is asked for (tests confirm it). */
    static ConfirmDialog lastConfirmation;

    private Actions() {
    }

    /** Runs the action; a refusal is shown and the action is reported as not done. */
    public static boolean run(Component owner, Runnable action) {
        return run(owner, action, refused -> { });
    }

    /** As {@link #run(Component, Runnable)}, also handing a refusal to {@code refusedToo} (to mark a field, say). */
    public static boolean run(Component owner, Runnable action, Consumer<Refused> refusedToo) {
        try {
            action.run();
            return true;
        } catch (Refused refused) {
            Notifications.problem(refusal(owner, refused));
            refusedToo.accept(refused);
            return false;
        }
    }

    /**
     * Runs {@code action.accept(false)}; when it needs confirmation, asks, and on confirmation runs
     * {@code action.accept(true)}. {@code done} runs after the action succeeded either way.
     */
    public static void confirmable(Component owner, Consumer<Boolean> action, Runnable done) {
        confirmable(owner, action, done, refused -> { });
    }

    /** As {@link #confirmable(Component, Consumer, Runnable)}, also handing a refusal to {@code refusedToo}. */
    public static void confirmable(Component owner, Consumer<Boolean> action, Runnable done,
                                   Consumer<Refused> refusedToo) {
        try {
            if (run(owner, () -> action.accept(false), refusedToo)) {
                done.run();
            }
        } catch (ConfirmationNeeded needed) {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(owner.getTranslation("warning.title"));
            Div text = new Div(new Paragraph(owner.getTranslation("warning.intro")));
            UnorderedList list = new UnorderedList();
            for (Warning warning : needed.warnings()) {
                list.add(new ListItem(owner.getTranslation("warning." + warning.key(), warning.arguments().toArray())));
            }
            text.add(list);
            dialog.setText(text);
            dialog.setCancelable(true);
            dialog.setCancelText(owner.getTranslation("warning.cancel"));
            dialog.setConfirmText(owner.getTranslation("warning.confirm"));
            dialog.addConfirmListener(confirm -> {
                if (run(owner, () -> action.accept(true), refusedToo)) {
                    done.run();
                }
            });
            lastConfirmation = dialog;
            dialog.open();
        }
    }

    /** Asks before an action the organiser cannot simply undo; Cancel changes nothing. */
    public static void ask(Component owner, String header, String text, String confirmText, Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, confirm -> confirmed.run());
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("setup.cancel"));
        dialog.open();
    }

    public static String refusal(Component owner, Refused refused) {
        String text = owner.getTranslation("refused." + refused.key(), refused.arguments());
        return text.startsWith("!") ? refused.getMessage() : text;
    }
}
