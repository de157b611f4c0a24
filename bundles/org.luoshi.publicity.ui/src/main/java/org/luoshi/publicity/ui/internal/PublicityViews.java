package org.luoshi.publicity.ui.internal;

import java.util.List;

import org.luoshi.api.publicity.PublicityService;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The views of the module 宣传曝光, with their routes, menu entries and the services they need. */
@Component(service = ViewContribution.class)
public class PublicityViews implements ViewContribution {
    @Override
    public List<UiView> views() {
        return List.of(
                UiView.staff(PublicityView.ROUTE, PublicityView.class, "宣传曝光", "nav-publicity", 110, PublicityService.class));
    }
}
