package org.luoshi.ui.internal.views;

import org.luoshi.api.LuoshiException;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.ModuleNotice;
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
        Element root = getElement();
        root.removeAllChildren();
        root.getStyle().set("padding", "var(--lumo-space-l)");
        if (refusal instanceof LuoshiException le && le.kind() == LuoshiException.Kind.UNAVAILABLE) {
            // a module stopped while a view was being shown: the notice, not an error
            String text = le.getMessage() == null ? "所需模块未启用" : le.getMessage();
            root.appendChild(ModuleNotice.forStaff(text).getElement(), new Anchor("./", "返回首页").getElement());
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        if (refusal != null && refusal.getMessage() != null) {
            message = refusal.getMessage();
        } else {
            LOG.error("Error while navigating to '{}'", event.getLocation().getPath(), parameter.getCaughtException());
        }
        root.appendChild(new H2(message).getElement(), new Anchor("./", "返回首页").getElement());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
