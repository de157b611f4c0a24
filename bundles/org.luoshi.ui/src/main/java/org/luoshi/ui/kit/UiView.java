package org.luoshi.ui.kit;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;

/**
 * One contributed view: its route (the URL path below the UI's root, e.g. {@code transfers}), the view class, its
 * menu entry (Chinese label, element id, order — lower first; {@code label == null} for no menu entry), the services
 * it cannot work without (its menu entry shows only while they are all present, and the view shows a notice instead
 * of its content while one is missing), whether it is public (no login, no main layout, like the 曝光台), and the
 * menu group it belongs to (the mechanism's name, e.g. 工作调度: entries of one group are shown under one heading when
 * there are several; null for none).
 */
public record UiView(String route, Class<? extends Component> type, String label, String navId, int order,
        List<Class<?>> needs, boolean publicView, String group) {

    public UiView {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(type, "type");
        needs = needs == null ? List.of() : List.copyOf(needs);
        if (route.startsWith("/")) {
            route = route.substring(1);
        }
    }

    /** A view without a menu group. */
    public UiView(String route, Class<? extends Component> type, String label, String navId, int order,
            List<Class<?>> needs, boolean publicView) {
        this(route, type, label, navId, order, needs, publicView, null);
    }

    /** The same view in a menu group (the mechanism's name). */
    public UiView inGroup(String name) {
        return new UiView(route, type, label, navId, order, needs, publicView, name);
    }

    /** A staff view in the main layout with a menu entry. */
    public static UiView staff(String route, Class<? extends Component> type, String label, String navId, int order,
            Class<?>... needs) {
        return new UiView(route, type, label, navId, order, List.of(needs), false);
    }
}
