package org.luoshi.ui.internal;

import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;

import com.vaadin.flow.component.html.Span;

/** A tiny view contributed at run time by the tests: route {@code probe}, menu entry 探针 ({@code nav-probe}). */
public class ProbeView extends SecuredView {
    private static final long serialVersionUID = 1L;

    private final Span text = new Span();

    public ProbeView() {
        text.setId("probe-view");
        add(text);
    }

    @Override
    protected void entered(Actor actor, Services services) {
        text.setText("探针：" + actor.name());
    }

    /** The contribution bringing the probe, as a third-party bundle would register it. */
    public static final class Contribution implements ViewContribution {
        @Override
        public List<UiView> views() {
            return List.of(UiView.staff("probe", ProbeView.class, "探针", "nav-probe", 1000));
        }
    }
}
