package org.luoshi.accidents.ui.internal;

import java.util.List;

import org.luoshi.api.accident.AccidentService;
import org.luoshi.api.settings.ModuleDeclaration;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The views of the accidents module, with their routes, menu entries and the services they need. */
@Component(service = ViewContribution.class, property = ModuleDeclaration.MODULE + "=" + AccidentViews.MODULE)
public class AccidentViews implements ViewContribution {
    /** The module of 模块配置 these views belong to: while it is disabled for a user's units, its menu entries are hidden. */
    static final String MODULE = "accidents";

    @Override
    public List<UiView> views() {
        return List.of(UiView.staff(AccidentListView.ROUTE, AccidentListView.class, "生产安全事故", "nav-accidents", 95,
                AccidentService.class));
    }
}
