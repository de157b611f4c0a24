package org.luoshi.example.overview;

import org.luoshi.api.Actor;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** The example's view: the jurisdictions the user may see, with their units, catalog tasks and reporting cycles. */
public class OverviewView extends SecuredView {
    private static final long serialVersionUID = 1L;
    static final String ROUTE = "example-overview";

    private final Grid<OverviewDTO> grid = new Grid<>();

    public OverviewView() {
        grid.setId("example-overview-grid");
        grid.addColumn(o -> o.name).setHeader("辖区").setAutoWidth(true);
        grid.addColumn(o -> Labels.level(o.level)).setHeader("层级").setAutoWidth(true);
        grid.addColumn(o -> o.units).setHeader("单位数").setAutoWidth(true);
        grid.addColumn(o -> o.catalogTasks).setHeader("任务目录条数").setAutoWidth(true);
        grid.addColumn(o -> o.cycles).setHeader("报送周期数").setAutoWidth(true);
        add(new H2("辖区概况（示例模块）"), new Paragraph("这是集成方示例模块：只用平台导出的接口，提供一个 REST 接口、一个 SOAP 接口和本页面。"),
                grid);
        setSizeFull();
    }

    @Override
    protected void entered(Actor actor, Services services) {
        grid.setItems(Overviews.visible(services.jurisdictions(), actor));
    }
}
