package org.youthimages.judging.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.youthimages.judging.base.ui.BrowserTimeZone;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.Formats;
import org.youthimages.judging.base.ui.LanguageSelect;
import org.youthimages.storage.account.AccountPreferences;
import org.youthimages.storage.account.SignIn;
import org.youthimages.storage.account.SignInResult;

/**
 * Signing in, with a link to reset a forgotten password. After signing in, the page asked for opens, in the language
 * chosen for the account or, if none was, in this page's (the browser's, or the one picked here).
 */
@Route("login")
@AnonymousAllowed
@Prototype
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Query parameter: where to go after signing in (a path inside the judging interface). */
    public static final String NEXT = "next";

    private final SignIn signIn;
    private final AccountPreferences preferences;
    private final LoginForm form = new LoginForm();
    private String next = "";

    LoginView(SignIn signIn, AccountPreferences preferences) {
        this.signIn = signIn;
        this.preferences = preferences;
        addClassName("yi-entrance");
        form.setI18n(i18n());
        form.addLoginListener(this::attempt);
        form.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        Div card = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")), form,
                new LanguageSelect(preferences));
        card.addClassName("yi-entrance-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        next = event.getLocation().getQueryParameters().getSingleParameter(NEXT).filter(LoginView::isLocalPath)
                .orElse("");
        if (CurrentAccount.get().isPresent()) {
            event.forwardTo(next);
        }
    }

    private void attempt(AbstractLogin.LoginEvent event) {
        SignInResult result = signIn.attempt(event.getUsername(), event.getPassword());
        switch (result) {
            case SignInResult.SignedIn signedIn -> {
                CurrentAccount.signIn(preferences.languageForSession(signedIn.account(), getLocale()));
                getUI().ifPresent(ui -> ui.getPage().setLocation(next.isEmpty() ? "." : next));
            }
            case SignInResult.Refused refused -> {
                form.setEnabled(true);
                switch (refused.reason()) {
                    case LOCKED -> form.showErrorMessage(getTranslation("login.locked.title"),
                            getTranslation("login.locked.text", Formats.time(refused.lockedUntil(),
                                    BrowserTimeZone.current())));
                    case DEACTIVATED -> form.showErrorMessage(getTranslation("login.deactivated.title"),
                            getTranslation("login.deactivated.text"));
                    case WRONG_CREDENTIALS -> form.setError(true);
                }
            }
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.text"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.email"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    /** Only paths of this site: never another host, so the parameter cannot send anyone elsewhere. */
    static boolean isLocalPath(String path) {
        return !path.isBlank() && !path.contains("//") && !path.contains("\\") && !path.contains(":")
                && !path.startsWith("/") && !path.startsWith("login");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
