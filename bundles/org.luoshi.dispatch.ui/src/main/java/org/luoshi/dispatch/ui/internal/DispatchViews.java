package org.luoshi.dispatch.ui.internal;

import java.util.List;

import org.luoshi.api.dispatch.MeetingService;
import org.luoshi.api.dispatch.ReportingService;
import org.luoshi.api.form.FormService;
import org.luoshi.api.settings.ModuleDeclaration;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The views of the module 报送管理、调度表与调度会议, with their routes, menu entries and the services they need. */
@Component(service = ViewContribution.class, property = ModuleDeclaration.MODULE + "=" + DispatchViews.MODULE)
public class DispatchViews implements ViewContribution {
    /** The module of 模块配置 these views belong to: while it is disabled for a user's units, its menu entries are hidden. */
    static final String MODULE = "dispatch";

    @Override
    public List<UiView> views() {
        return List.of(
                UiView.staff(ReportingView.ROUTE, ReportingView.class, "报送管理", "nav-reporting", 50, ReportingService.class)
                        .inGroup("工作调度"),
                UiView.staff(DispatchView.ROUTE, DispatchView.class, "调度表", "nav-dispatch", 60, FormService.class, ReportingService.class)
                        .inGroup("工作调度"),
                UiView.staff(MeetingListView.ROUTE, MeetingListView.class, "调度会议", "nav-meetings", 70, MeetingService.class)
                        .inGroup("工作调度"));
    }
}
