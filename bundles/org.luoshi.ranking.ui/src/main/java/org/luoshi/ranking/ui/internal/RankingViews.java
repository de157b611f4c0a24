package org.luoshi.ranking.ui.internal;

import java.util.List;

import org.luoshi.api.ranking.RankingService;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The view of 考评排队, with its route, menu entry and the service it needs. */
@Component(service = ViewContribution.class)
public class RankingViews implements ViewContribution {
    @Override
    public List<UiView> views() {
        return List.of(UiView.staff(RankingView.ROUTE, RankingView.class, "考评排队", "nav-rankings", 107,
                RankingService.class));
    }
}
