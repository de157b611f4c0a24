package org.luoshi.example.overview;

import java.util.List;

import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The example's menu entry and route in the UI, present while this bundle runs. */
@Component(service = ViewContribution.class)
public class OverviewViews implements ViewContribution {
    @Override
    public List<UiView> views() {
        // needs nothing but the jurisdictions, which are always there
        return List.of(UiView.staff(OverviewView.ROUTE, OverviewView.class, "辖区概况（示例）", "nav-example-overview", 900));
    }
}
