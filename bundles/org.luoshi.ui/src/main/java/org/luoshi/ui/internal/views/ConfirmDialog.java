package org.luoshi.ui.internal.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** A confirmation before a change in the shell's administration views (插件管理, 模块配置). */
final class ConfirmDialog {
    private ConfirmDialog() {
    }

    /**
     * Opens it: ids {@code <prefix>-action-dialog}, {@code -action-text}, {@code -action-confirm} (labelled
     * {@code action}, red when {@code danger}) and {@code -action-cancel}; {@code onConfirm} runs after it closes.
     */
    static void open(String prefix, String title, String text, String action, boolean danger, Runnable onConfirm) {
        Dialog dialog = new Dialog();
        dialog.setId(prefix + "-action-dialog");
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(32em, 95vw)");
        Paragraph message = new Paragraph(text);
        message.setId(prefix + "-action-text");
        dialog.add(message);
        Button ok = new Button(action, e -> {
            dialog.close();
            onConfirm.run();
        });
        ok.setId(prefix + "-action-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            ok.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button cancel = new Button("取消", e -> dialog.close());
        cancel.setId(prefix + "-action-cancel");
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }
}
