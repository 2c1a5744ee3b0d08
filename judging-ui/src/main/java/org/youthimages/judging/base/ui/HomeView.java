package org.youthimages.judging.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.Role;

/** The address everyone starts at: jurors go to their rounds, organisers to the editions. */
@Route("")
@PermitAll
@Prototype
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ActingAccount account = CurrentAccount.require();
        event.forwardTo(account.hasRole(Role.JUROR) ? "judging" : "editions");
    }
}
