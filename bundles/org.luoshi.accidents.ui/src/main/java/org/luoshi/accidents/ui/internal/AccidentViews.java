package org.luoshi.accidents.ui.internal;

import java.util.List;

import org.luoshi.api.accident.AccidentService;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The views of the accidents module, with their routes, menu entries and the services they need. */
@Component(service = ViewContribution.class)
public class AccidentViews implements ViewContribution {
    @Override
    public List<UiView> views() {
        return List.of(UiView.staff(AccidentListView.ROUTE, AccidentListView.class, "生产安全事故", "nav-accidents", 95,
                AccidentService.class));
    }
}
