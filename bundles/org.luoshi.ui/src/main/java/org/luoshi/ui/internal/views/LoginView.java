package org.luoshi.ui.internal.views;

import java.util.Optional;

import org.luoshi.api.Actor;
import org.luoshi.ui.internal.UiServices;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;

/** User name and password, checked by the platform's {@link org.luoshi.api.security.Authenticator}. */
@PageTitle("登录 · 落实")
public class LoginView extends VerticalLayout implements BeforeEnterObserver {
    public static final String ROUTE = SecuredView.LOGIN_ROUTE;
    /** The public page (曝光台) the tip-offs module contributes; the login view links to it while it is there. */
    static final String PUBLIC_ROUTE = "public";
    static final String BAD_CREDENTIALS = "用户名或密码错误";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LoginView.class);

    private final TextField username = new TextField("用户名");
    private final PasswordField password = new PasswordField("密码");
    private final Span error = new Span();
    private final Anchor publicPage;

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        H2 title = new H2("落实 · 安全生产工作平台");
        Paragraph hint = new Paragraph("请使用您的账号登录");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");

        username.setId("username");
        username.setAutofocus(true);
        username.setWidth("20em");
        password.setId("password");
        password.setWidth("20em");

        error.setId("login-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);

        Button login = new Button("登录", e -> login());
        login.setId("login");
        login.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        login.setWidth("20em");
        login.addClickShortcut(Key.ENTER);

        // the public page needs no account: citizens send 随手拍 and check their receipt codes there
        publicPage = new Anchor(PUBLIC_ROUTE, "曝光台 · 随手拍举报、查询办理进度（无需登录）");
        publicPage.setId("public-link");
        publicPage.getStyle().set("margin-top", "var(--lumo-space-l)");

        add(title, hint, username, password, error, login, publicPage);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (Session.actor().isPresent()) {
            event.forwardTo(WorkbenchView.class);
            return;
        }
        // the link only while a module contributes the public page
        publicPage.setVisible(UiServices.current().views().stream()
                .anyMatch(v -> v.publicView() && v.route().equals(PUBLIC_ROUTE)));
    }

    private void login() {
        String user = username.getValue() == null ? "" : username.getValue().strip();
        String pass = password.getValue() == null ? "" : password.getValue();
        if (user.isEmpty() || pass.isEmpty()) {
            fail("请输入用户名和密码");
            return;
        }
        Optional<Actor> actor;
        try {
            com.vaadin.flow.server.VaadinRequest request = com.vaadin.flow.server.VaadinRequest.getCurrent();
            actor = UiServices.current().authenticator().authenticate(user, pass,
                    request == null ? null : request.getRemoteAddr());
        } catch (org.luoshi.api.LuoshiException throttled) {
            fail(throttled.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.error("Authentication failed with an exception", e);
            fail(Feedback.SYSTEM_ERROR);
            return;
        }
        if (actor == null || actor.isEmpty()) {
            fail(BAD_CREDENTIALS);
            return;
        }
        SessionGuard.login(actor.get());
        String target = SessionGuard.takeRequestedPath().orElse(WorkbenchView.ROUTE);
        UI.getCurrent().navigate(target);
    }

    private void fail(String message) {
        error.setText(message);
        error.setVisible(true);
        password.clear();
        password.focus();
        Feedback.error(message);
    }
}
