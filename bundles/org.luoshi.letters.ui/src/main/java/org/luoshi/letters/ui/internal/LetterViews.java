package org.luoshi.letters.ui.internal;

import java.util.List;

import org.luoshi.api.letter.LetterService;
import org.luoshi.api.settings.ModuleDeclaration;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The views of the module 提醒提示督办函, with their routes, menu entries and the services they need. */
@Component(service = ViewContribution.class, property = ModuleDeclaration.MODULE + "=" + LetterViews.MODULE)
public class LetterViews implements ViewContribution {
    /** The module of 模块配置 these views belong to: while it is disabled for a user's units, its menu entry is hidden. */
    static final String MODULE = "letters";

    @Override
    public List<UiView> views() {
        return List.of(
                UiView.staff(LetterListView.ROUTE, LetterListView.class, "提醒提示督办函", "nav-letters", 80, LetterService.class));
    }
}
