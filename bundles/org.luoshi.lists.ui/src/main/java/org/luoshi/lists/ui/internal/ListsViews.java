package org.luoshi.lists.ui.internal;

import java.util.List;

import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.settings.ModuleDeclaration;
import org.luoshi.api.summary.SummaryService;
import org.luoshi.api.task.TaskService;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The views of the module 重点工作任务清单、问题隐患整改清单与汇总统计, with their routes, menu entries and the services they need. */
@Component(service = ViewContribution.class, property = ModuleDeclaration.MODULE + "=" + ListsViews.MODULE)
public class ListsViews implements ViewContribution {
    /** The module of 模块配置 these views belong to: while it is disabled for a user's units, its menu entries are hidden. */
    static final String MODULE = "lists";

    @Override
    public List<UiView> views() {
        return List.of(
                UiView.staff(TaskListView.ROUTE, TaskListView.class, "重点工作任务清单", "nav-tasks", 10, TaskService.class)
                        .inGroup("清单管理"),
                UiView.staff(HazardListView.ROUTE, HazardListView.class, "问题隐患整改清单", "nav-hazards", 20, HazardService.class)
                        .inGroup("清单管理"),
                UiView.staff(SummaryView.ROUTE, SummaryView.class, "汇总统计", "nav-summary", 40, SummaryService.class)
                        .inGroup("清单管理"));
    }
}
