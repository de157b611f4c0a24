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
 * <p>
 * A contribution that belongs to a module of 模块配置 names it with the service property {@code luoshi.module}
 * ({@link org.luoshi.api.settings.ModuleDeclaration#MODULE}, the module id its service declares):
 * <pre>
 * &#64;Component(service = ViewContribution.class, property = ModuleDeclaration.MODULE + "=transfers")
 * </pre>
 * While {@link org.luoshi.api.settings.ModuleSettings} is present and says the module is not enabled at any of the
 * logged-in user's units, the contribution's menu entries (and their to-do badges) are hidden from that user. Its
 * routes stay: an address still opens the view, and the module's services refuse what the jurisdiction has not
 * enabled ("本辖区未启用…模块"). Public views are not affected (they have no menu entry). Without the property, or
 * without 模块配置, the entries show as before.
 */
@ConsumerType
public interface ViewContribution {
    /** The views, each with its route and menu entry. */
    List<UiView> views();
}
