package org.luoshi.ui.internal.views;

import java.util.Map;

import org.luoshi.api.Actor;
import org.luoshi.api.people.PeopleService;
import org.luoshi.api.people.PersonDTO;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Forms;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.People;
import org.luoshi.ui.kit.Services;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A person's profile for editing: one's own (我的信息: 姓名, 职务, 联系电话; the unit is the administrator's), or, for an
 * administrator, anyone's with the unit. The service decides who may change what; refusals show at the fields.
 */
final class ProfileDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    private final TextField name = new TextField("姓名");
    private final TextField title = new TextField("职务");
    private final TextField phone = new TextField("联系电话");
    private final TextField unit = new TextField("所属单位（单位编码）");

    private ProfileDialog(Services services, Actor actor, PersonDTO person, boolean admin, Runnable onSaved) {
        setId("profile-dialog");
        setHeaderTitle(actor.name().equals(person.login) ? "我的信息" : "人员信息：" + person.login);
        setWidth("min(36em, 95vw)");
        setCloseOnOutsideClick(false);
        Forms.askBeforeClosing(this);
        name.setId("profile-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(50);
        title.setId("profile-title");
        title.setMaxLength(100);
        title.setPlaceholder("如：安全股股长");
        phone.setId("profile-phone");
        phone.setMaxLength(40);
        unit.setId("profile-unit");
        name.setValue(Labels.nz(person.name));
        title.setValue(Labels.nz(person.title));
        phone.setValue(Labels.nz(person.phone));
        unit.setValue(Labels.nz(person.unit));
        unit.setReadOnly(!admin);
        unit.setHelperText(person.unitName == null ? null : person.unitName);
        FormLayout form = Forms.twoColumns();
        form.add(Forms.readOnly("登录名", person.login, "profile-login"), unit, name, title, phone);
        add(form);

        Button save = new Button("保存", e -> {
            PersonDTO edits = new PersonDTO();
            edits.name = Labels.blankToNull(name.getValue());
            edits.title = Labels.blankToNull(title.getValue());
            edits.phone = Labels.blankToNull(phone.getValue());
            edits.unit = Labels.blankToNull(unit.getValue());
            edits.version = person.version;
            Map<String, ? extends com.vaadin.flow.component.HasValidation> fields = Map.of("name", name, "title", title,
                    "phone", phone, "unit", unit);
            fields.values().forEach(f -> f.setInvalid(false));
            Feedback.call(() -> services.get(PeopleService.class).save(actor, person.login, edits), fields)
                    .ifPresent(saved -> {
                        People.forget();
                        Feedback.info("已保存");
                        close();
                        onSaved.run();
                    });
        });
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("取消", e -> close());
        cancel.setId("profile-cancel");
        getFooter().add(cancel, save);
    }

    /** Opens one's own profile. */
    static void openMine(Services services, Actor actor, Runnable onSaved) {
        services.find(PeopleService.class).ifPresentOrElse(
                p -> Feedback.call(() -> p.me(actor)).ifPresent(me -> new ProfileDialog(services, actor, me,
                        actor.roles().contains(Actor.ROLE_ADMIN), onSaved).open()),
                () -> Feedback.error("人员信息模块未启用"));
    }

    /** Opens someone's profile (an administrator's edit). */
    static void open(Services services, Actor actor, PersonDTO person, Runnable onSaved) {
        new ProfileDialog(services, actor, person, actor.roles().contains(Actor.ROLE_ADMIN), onSaved).open();
    }
}
