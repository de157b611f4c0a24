package org.luoshi.tipoffs.ui.internal;

import java.util.List;

import org.luoshi.api.settings.ModuleDeclaration;
import org.luoshi.api.tipoff.TipOffService;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The views of the module 问题线索与公开曝光台, with their routes, menu entries and the services they need. */
@Component(service = ViewContribution.class, property = ModuleDeclaration.MODULE + "=" + TipOffViews.MODULE)
public class TipOffViews implements ViewContribution {
    /** The module of 模块配置 these views belong to: while it is disabled for a user's units, its menu entry is hidden. */
    static final String MODULE = "tipoffs";

    @Override
    public List<UiView> views() {
        return List.of(
                UiView.staff(TipOffListView.ROUTE, TipOffListView.class, "问题线索", "nav-tipoffs", 100, TipOffService.class),
                // the 曝光台: no login, no main layout, no menu entry; without the publicity module it shows the tip-off
                // parts only
                new UiView(PublicView.ROUTE, PublicView.class, null, null, 0, List.of(TipOffService.class), true));
    }
}
