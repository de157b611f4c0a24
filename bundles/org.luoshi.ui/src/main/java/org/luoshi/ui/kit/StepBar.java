package org.luoshi.ui.kit;

import java.util.List;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/**
 * Where a record stands in its procedure, as a row of steps (e.g. 挂牌 → 方案 → 整改 → 验收 → 摘牌): steps done in green,
 * the one it waits for highlighted, those ahead grey; an ended procedure (e.g. 不予受理) shows its end in place of the
 * next step. Each step has the id {@code <id>-<n>} (from 1) and {@code data-state} done, current or ahead.
 */
public final class StepBar extends FlexLayout {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final List<String> steps;

    public StepBar(String id, List<String> steps) {
        this.id = id;
        this.steps = List.copyOf(steps);
        setId(id);
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.CENTER);
        getStyle().set("gap", "var(--lumo-space-xs)");
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", "办理进度");
        show(0, null);
    }

    /**
     * Shows the first {@code done} steps as done and the next as current; {@code ended}, when not null, is shown as the
     * current step instead (a procedure that ended early).
     */
    public void show(int done, String ended) {
        removeAll();
        for (int i = 0; i < steps.size(); i++) {
            String state = i < done ? "done" : i == done ? "current" : "ahead";
            String label = steps.get(i);
            if (ended != null && i == done) {
                label = ended;
            }
            Span step = new Span((i < done ? "✓ " : "") + label);
            step.setId(id + "-" + (i + 1));
            step.getElement().setAttribute("data-state", state);
            step.getElement().setAttribute("role", "listitem");
            step.getElement().getThemeList().add(switch (state) {
                case "done" -> "badge success";
                case "current" -> ended != null ? "badge error primary" : "badge primary";
                default -> "badge contrast";
            });
            if (i > 0) {
                Span arrow = new Span("→");
                arrow.getStyle().set("color", "var(--lumo-secondary-text-color)");
                arrow.getElement().setAttribute("aria-hidden", "true");
                add(arrow);
            }
            add(step);
            if (ended != null && i == done) {
                break;
            }
        }
    }
}
