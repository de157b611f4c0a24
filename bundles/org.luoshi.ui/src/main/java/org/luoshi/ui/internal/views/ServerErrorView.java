package org.luoshi.ui.internal.views;

import org.luoshi.api.LuoshiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.PageTitle;

import jakarta.servlet.http.HttpServletResponse;

/** Errors while navigating: logged, and shown as a short Chinese message, never as a stack trace. */
@PageTitle("系统错误 · 落实")
public class ServerErrorView extends InternalServerError {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String message = Feedback.SYSTEM_ERROR;
        Throwable refusal = parameter.getCaughtException();
        while (refusal != null && !(refusal instanceof LuoshiException)) {
            refusal = refusal.getCause();
        }
        if (refusal != null && refusal.getMessage() != null) {
            message = refusal.getMessage();
        } else {
            LOG.error("Error while navigating to '{}'", event.getLocation().getPath(), parameter.getCaughtException());
        }
        Element root = getElement();
        root.removeAllChildren();
        root.appendChild(new H2(message).getElement(), new Anchor("./", "返回首页").getElement());
        root.getStyle().set("padding", "var(--lumo-space-l)");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
