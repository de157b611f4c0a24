package org.luoshi.letters.ui.internal;

import java.util.List;

import org.luoshi.api.letter.LetterService;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The views of the module 提醒提示督办函, with their routes, menu entries and the services they need. */
@Component(service = ViewContribution.class)
public class LetterViews implements ViewContribution {
    @Override
    public List<UiView> views() {
        return List.of(
                UiView.staff(LetterListView.ROUTE, LetterListView.class, "提醒提示督办函", "nav-letters", 80, LetterService.class));
    }
}
