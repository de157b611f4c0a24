package org.luoshi.ui.internal.views;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouteNotFoundError;

import jakarta.servlet.http.HttpServletResponse;

/** 404 in Chinese, without Vaadin's list of routes. */
@PageTitle("页面不存在 · 落实")
public class NotFoundView extends RouteNotFoundError {
    private static final long serialVersionUID = 1L;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        Element root = getElement();
        root.removeAllChildren();
        root.appendChild(new H2("页面不存在").getElement(), new Anchor("./", "返回首页").getElement());
        root.getStyle().set("padding", "var(--lumo-space-l)");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
