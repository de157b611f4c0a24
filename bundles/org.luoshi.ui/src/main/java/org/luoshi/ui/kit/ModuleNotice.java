package org.luoshi.ui.kit;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** The notice shown in place of a view (or a part of the public page) whose module is stopped or not installed. */
public final class ModuleNotice extends Div {
    private static final long serialVersionUID = 1L;

    /** The element id tests and integrators look for. */
    public static final String ID = "module-unavailable";

    private ModuleNotice(String text, String advice) {
        setId(ID);
        addClassName("luoshi-module-unavailable");
        H2 heading = new H2("模块未启用");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        Paragraph message = new Paragraph(text + advice);
        message.setId("module-unavailable-message");
        add(heading, message);
        getStyle().set("padding", "var(--lumo-space-l)").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("background", "var(--lumo-contrast-5pct)");
    }

    /** For the services missing in a staff view: "“行刑衔接”模块未启用或已停止，请联系管理员。". */
    public static ModuleNotice forStaff(Services services, List<Class<?>> missing) {
        return new ModuleNotice(names(services, missing) + "模块未启用或已停止", "，请联系管理员。");
    }

    /** For a refusal of kind UNAVAILABLE met while showing a view: its message ("附件模块未启用") and the advice. */
    public static ModuleNotice forStaff(String refusal) {
        return new ModuleNotice(refusal, "，请联系管理员。");
    }

    /** For the public page: "“问题线索”模块未启用或已停止，请稍后再试。". */
    public static ModuleNotice forPublic(Services services, List<Class<?>> missing) {
        return new ModuleNotice(names(services, missing) + "模块未启用或已停止", "，请稍后再试。");
    }

    private static String names(Services services, List<Class<?>> missing) {
        return missing.stream().map(services::moduleName).distinct().map(n -> "“" + n + "”")
                .collect(Collectors.joining("、"));
    }
}
