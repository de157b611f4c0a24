package org.luoshi.publicity.ui.internal;

import java.util.List;

import org.luoshi.api.publicity.PublicityService;
import org.luoshi.api.settings.ModuleDeclaration;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The views of the module 宣传曝光, with their routes, menu entries and the services they need. */
@Component(service = ViewContribution.class, property = ModuleDeclaration.MODULE + "=" + PublicityViews.MODULE)
public class PublicityViews implements ViewContribution {
    /** The module of 模块配置 these views belong to: while it is disabled for a user's units, its menu entries are hidden. */
    static final String MODULE = "publicity";

    @Override
    public List<UiView> views() {
        return List.of(
                UiView.staff(PublicityView.ROUTE, PublicityView.class, "宣传曝光", "nav-publicity", 110, PublicityService.class));
    }
}
