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

    /**
     * Esc (and a click outside, where the dialog allows it) on a dialog whose fields a person has typed into asks before
     * the input is thrown away (放弃并关闭 / 继续填写); an untouched dialog just closes. Fields are watched from the moment
     * the dialog opens, and again at each close request (for content the dialog rebuilt meanwhile). Saving closes the
     * dialog with {@link com.vaadin.flow.component.dialog.Dialog#close()} as before, without asking.
     */
    public static void askBeforeClosing(com.vaadin.flow.component.dialog.Dialog dialog) {
        java.util.Set<Component> watched = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
        boolean[] edited = {false};
        Runnable watch = () -> descendants(dialog).forEach(c -> {
            if (c instanceof com.vaadin.flow.component.HasValue<?, ?> h && watched.add(c)) {
                h.addValueChangeListener(e -> edited[0] |= e.isFromClient());
            }
        });
        dialog.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                watch.run();
            }
        });
        dialog.addDialogCloseActionListener(e -> {
            watch.run();
            if (!edited[0]) {
                dialog.close();
                return;
            }
            com.vaadin.flow.component.confirmdialog.ConfirmDialog ask = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
            ask.setId("discard-confirm");
            ask.setHeader("放弃未保存的内容？");
            ask.setText("对话框中已填写的内容尚未保存，关闭后将丢失。");
            ask.setCancelable(true);
            ask.setCancelText("继续填写");
            ask.setConfirmText("放弃并关闭");
            ask.setConfirmButtonTheme("error primary");
            ask.addConfirmListener(c -> dialog.close());
            ask.open();
        });
    }

    private static java.util.stream.Stream<Component> descendants(Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.getChildren().flatMap(Forms::descendants));
    }
}
