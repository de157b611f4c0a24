package org.luoshi.spotchecks.ui.internal;

import java.util.List;

import org.luoshi.api.settings.ModuleDeclaration;
import org.luoshi.api.spotcheck.SpotCheckService;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The view of the module 抽查, with its route, menu entry and the service it needs. */
@Component(service = ViewContribution.class, property = ModuleDeclaration.MODULE + "=" + SpotCheckViews.MODULE)
public class SpotCheckViews implements ViewContribution {
    /** The module of 模块配置 the view belongs to: while it is disabled for a user's units, its menu entry is hidden. */
    static final String MODULE = "spotchecks";

    @Override
    public List<UiView> views() {
        return List.of(UiView.staff(SpotCheckView.ROUTE, SpotCheckView.class, "抽查", "nav-spot-checks", 106,
                SpotCheckService.class));
    }
}
