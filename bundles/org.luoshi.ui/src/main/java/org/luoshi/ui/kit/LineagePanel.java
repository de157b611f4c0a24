package org.luoshi.ui.kit;

import java.util.List;
import java.util.Map;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.link.Lineage;
import org.luoshi.api.link.LineageDTO;
import org.luoshi.api.link.RecordRefDTO;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;

/**
 * 来龙去脉 of a record in its dialog: where it came from and what came of it ({@link Lineage}), each a link that opens
 * that record in its own list (closing the dialog first). Only what the user may see; nothing when the lineage module
 * is not running or the record has no links.
 */
public final class LineagePanel {
    /** The list view (route) that opens a record of each type by {@code ?id=}. */
    static final Map<String, String> ROUTES = Map.of("hazard", "hazards", "listing", "listings", "tipoff", "tipoffs",
            "inspection", "inspections", "publication", "publicity", "transfer", "transfers", "task", "tasks",
            "letter", "letters", "accident", "accidents");
    static final Map<String, String> NAMES = Map.of("hazard", "问题隐患", "listing", "挂牌督办", "tipoff", "问题线索",
            "inspection", "巡查检查", "publication", "宣传曝光", "transfer", "行刑衔接", "task", "重点任务", "letter", "函件",
            "accident", "生产安全事故");

    private LineagePanel() {
    }

    /** The panel of a record (a hidden empty one when there is nothing to show); {@code close} runs before a link is followed. */
    public static Component of(Services services, Actor actor, String type, long id, Runnable close) {
        Div none = new Div();
        none.setVisible(false);
        Lineage lineage = services == null ? null : services.find(Lineage.class).orElse(null);
        if (lineage == null) {
            return none;
        }
        LineageDTO l;
        try {
            l = lineage.of(actor, type, id);
        } catch (LuoshiException e) {
            return none;
        }
        if (l.cameFrom.isEmpty() && l.cameOf.isEmpty()) {
            return none;
        }
        Div body = new Div();
        body.add(line("来源", "lineage-from", l.cameFrom, close), line("后续", "lineage-of", l.cameOf, close));
        Details details = new Details("来龙去脉（" + (l.cameFrom.size() + l.cameOf.size()) + "）", body);
        details.setId("lineage");
        details.setOpened(true);
        return details;
    }

    private static Component line(String label, String id, List<RecordRefDTO> records, Runnable close) {
        Div row = new Div();
        row.setId(id);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("align-items", "baseline");
        Span caption = new Span(label + "：");
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)");
        row.add(caption);
        if (records.isEmpty()) {
            row.add(new Span("无"));
        }
        for (RecordRefDTO r : records) {
            String text = NAMES.getOrDefault(r.type, r.type) + " " + r.id + (r.title == null || r.title.isBlank() ? ""
                    : "：" + shorten(r.title));
            String route = ROUTES.get(r.type);
            if (route == null) {
                row.add(new Span(text));
                continue;
            }
            Button link = new Button(text, e -> {
                close.run();
                UI.getCurrent().navigate(route, QueryParameters.of(DrillDown.ID, String.valueOf(r.id)));
            });
            link.setId(id + "-" + r.type + "-" + r.id);
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            row.add(link);
        }
        return row;
    }

    private static String shorten(String title) {
        String t = title.strip().replaceAll("\\s+", " ");
        return t.codePointCount(0, t.length()) <= 30 ? t : t.substring(0, t.offsetByCodePoints(0, 29)) + "…";
    }
}
