package org.youthimages.judging.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages the user can read: success fades away, problems stay until closed or replaced. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String text) {
        Notification notification = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
        return notification;
    }

    public static Notification info(String text) {
        return Notification.show(text, 5000, Notification.Position.BOTTOM_START);
    }

    public static Notification problem(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
        return notification;
    }
}
