package org.luoshi.enterprises.ui.internal;

import java.util.List;

import org.luoshi.api.enterprise.EnterpriseService;
import org.luoshi.api.settings.ModuleDeclaration;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The views of the module 企业名录, with their routes, menu entries and the services they need. */
@Component(service = ViewContribution.class, property = ModuleDeclaration.MODULE + "=" + EnterpriseViews.MODULE)
public class EnterpriseViews implements ViewContribution {
    /** The module of 模块配置 these views belong to: while it is disabled for a user's units, its menu entry is hidden. */
    static final String MODULE = "enterprises";

    @Override
    public List<UiView> views() {
        return List.of(UiView.staff(EnterpriseView.ROUTE, EnterpriseView.class, "企业名录", "nav-enterprises", 105,
                EnterpriseService.class));
    }
}
