package org.luoshi.inspections.ui.internal;

import java.util.List;

import org.luoshi.api.inspection.InspectionService;
import org.luoshi.api.settings.ModuleDeclaration;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The views of the module 巡查检查, with their routes, menu entries and the services they need. */
@Component(service = ViewContribution.class, property = ModuleDeclaration.MODULE + "=" + InspectionViews.MODULE)
public class InspectionViews implements ViewContribution {
    /** The module of 模块配置 these views belong to: while it is disabled for a user's units, its menu entries are hidden. */
    static final String MODULE = "inspections";

    @Override
    public List<UiView> views() {
        return List.of(
                UiView.staff(InspectionListView.ROUTE, InspectionListView.class, "巡查检查", "nav-inspections", 90, InspectionService.class));
    }
}
