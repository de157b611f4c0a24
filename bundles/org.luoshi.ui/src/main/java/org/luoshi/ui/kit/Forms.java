package org.luoshi.ui.kit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Small building blocks of the dialogs: titled sections, read-only fields, field maps for a service's field errors. */
public final class Forms {
    private Forms() {
    }

    /** Fields by the DTO field name they edit (name, field, name, field, ...), so a service's field errors land on them. */
    public static Map<String, HasValidation> fields(Object... pairs) {
        Map<String, HasValidation> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (HasValidation) pairs[i + 1]);
        }
        return map;
    }

    public static FormLayout twoColumns() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        return form;
    }

    /** A titled block: the heading, the body and, below it, the action buttons (the first one primary). */
    public static Component section(String title, Component body, Button... actions) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setSpacing(false);
        section.setWidthFull();
        H4 heading = new H4(title);
        heading.getStyle().set("margin", "var(--lumo-space-m) 0 var(--lumo-space-xs) 0");
        section.add(heading, body);
        List<Button> buttons = actions == null ? List.of()
                : Arrays.stream(actions).filter(java.util.Objects::nonNull).toList();
        if (!buttons.isEmpty()) {
            buttons.get(0).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout bar = new HorizontalLayout(buttons.toArray(Component[]::new));
            bar.getStyle().set("margin-top", "var(--lumo-space-s)");
            section.add(bar);
        }
        return section;
    }

    public static TextField readOnly(String label, String value, String id) {
        TextField f = new TextField(label);
        f.setValue(Labels.nz(value));
        f.setReadOnly(true);
        if (id != null) {
            f.setId(id);
        }
        return f;
    }

    public static TextArea readOnlyArea(String label, String value, String id) {
        TextArea f = new TextArea(label);
        f.setValue(Labels.nz(value));
        f.setReadOnly(true);
        if (id != null) {
            f.setId(id);
        }
        return f;
    }
}
