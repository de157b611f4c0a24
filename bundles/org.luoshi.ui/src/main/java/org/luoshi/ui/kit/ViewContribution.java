package org.luoshi.ui.kit;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Views a module brings to the UI, registered as an OSGi service (a DS component). The UI shell adds their routes and
 * menu entries when the service comes and removes them when it goes, while the UI keeps running:
 * <pre>
 * &#64;Component(service = ViewContribution.class)
 * public class TransferViews implements ViewContribution {
 *     public List&lt;UiView&gt; views() {
 *         return List.of(new UiView("transfers", TransferListView.class, "行刑衔接", "nav-transfers", 130,
 *                 List.of(TransferService.class), false));
 *     }
 * }
 * </pre>
 * Vaadin creates the view classes itself (public, no-argument constructor); a view reaches services through
 * {@link Services#current()} (or the {@code Services} handed to {@code SecuredView.entered}).
 */
@ConsumerType
public interface ViewContribution {
    /** The views, each with its route and menu entry. */
    List<UiView> views();
}
