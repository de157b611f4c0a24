package org.luoshi.publicity.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.luoshi.api.Actor;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.publicity.EducationDTO;
import org.luoshi.api.publicity.PublicityService;
import org.luoshi.ui.kit.Choices;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Forms;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.Services;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** 登记警示教育: a warning-education film, exhibition or viewing, who organised it, who attended, how many people. */
final class EducationDialog {
    private EducationDialog() {
    }

    static void open(Services services, Actor actor, JurisdictionDTO jurisdiction, Runnable onRecorded) {
        if (services == null || actor == null) {
            return;
        }
        if (jurisdiction == null) {
            Feedback.error("请先选择辖区");
            return;
        }
        List<UnitDTO> own = Choices.ownUnits(services, actor, jurisdiction.id);
        List<UnitDTO> units = Choices.allUnits(services, jurisdiction.id);
        Dialog d = new Dialog();
        d.setId("education-form");
        d.setHeaderTitle("登记警示教育 · " + Labels.nz(jurisdiction.name));
        d.setWidth("min(52em, 95vw)");
        d.setCloseOnOutsideClick(false);
        Forms.askBeforeClosing(d);

        ComboBox<UnitDTO> organizer = new ComboBox<>("登记单位（组织单位）");
        organizer.setId("education-organizer");
        organizer.setItems(own);
        organizer.setItemLabelGenerator(u -> Labels.nz(u.name));
        organizer.setValue(Choices.defaultUnit(own, actor, jurisdiction));
        MultiSelectComboBox<UnitDTO> coOrganizers = new MultiSelectComboBox<>("联合组织单位");
        coOrganizers.setId("education-co-organizers");
        coOrganizers.setItems(units);
        coOrganizers.setItemLabelGenerator(u -> Labels.nz(u.name));
        ComboBox<String> kind = new ComboBox<>("形式");
        kind.setId("education-kind");
        kind.setItems(PublicityLabels.EDUCATION_KINDS.keySet());
        kind.setItemLabelGenerator(k -> Labels.label(PublicityLabels.EDUCATION_KINDS, k));
        kind.setValue("VIEWING");
        TextField title = new TextField("名称");
        title.setId("education-title");
        title.setMaxLength(200);
        title.setPlaceholder("如：组织观看《生命重于泰山》警示教育片");
        DatePicker date = Labels.datePicker("日期", "education-date");
        date.setValue(Labels.today());
        date.setMax(Labels.today());
        MultiSelectComboBox<UnitDTO> attendees = new MultiSelectComboBox<>("参加单位");
        attendees.setId("education-attendees");
        attendees.setItems(units);
        attendees.setItemLabelGenerator(u -> Labels.nz(u.name));
        IntegerField participants = new IntegerField("参加人数");
        participants.setId("education-participants");
        participants.setMin(0);
        IntegerField accident = new IntegerField("所引事故编号（典型事故警示教育）");
        accident.setId("education-accident");
        accident.setMin(1);
        accident.setStepButtonsVisible(false);
        accident.setHelperText("可填写“生产安全事故”中的事故编号，以该事故为警示教育内容");
        TextArea note = new TextArea("备注");
        note.setId("education-note");
        note.setMaxLength(2000);
        for (HasValidation h : List.<HasValidation>of(organizer, coOrganizers, kind, title, date, attendees, participants,
                accident, note)) {
            h.setManualValidation(true);
        }
        FormLayout form = Forms.twoColumns();
        form.add(organizer, kind);
        form.add(title, 2);
        form.add(date, participants);
        form.add(coOrganizers, 2);
        form.add(attendees, 2);
        form.add(accident, 2);
        form.add(note, 2);
        Map<String, HasValidation> fields = Forms.fields("organizers", organizer, "kind", kind, "title", title, "date",
                date, "attendees", attendees, "participants", participants, "accidentId", accident, "note", note);
        Button save = new Button("登记", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            EducationDTO in = new EducationDTO();
            in.jurisdiction = jurisdiction.id;
            in.kind = kind.getValue();
            in.title = Labels.blankToNull(title.getValue());
            in.date = Labels.iso(date.getValue());
            List<String> organizers = new ArrayList<>();
            if (organizer.getValue() != null) {
                organizers.add(organizer.getValue().id);
            }
            coOrganizers.getValue().stream().map(u -> u.id).filter(id -> !organizers.contains(id)).sorted()
                    .forEach(organizers::add);
            in.organizers = organizers;
            in.attendees = new ArrayList<>(attendees.getValue().stream().map(u -> u.id).sorted().toList());
            in.participants = participants.getValue();
            in.note = Labels.blankToNull(note.getValue());
            in.accidentId = accident.getValue() == null ? null : accident.getValue().longValue();
            Feedback.call(() -> services.get(PublicityService.class).recordEducation(actor, in), fields).ifPresent(made -> {
                Feedback.info("已登记警示教育");
                d.close();
                onRecorded.run();
            });
        });
        save.setId("save-education");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("取消", e -> d.close());
        cancel.setId("cancel-education");
        d.add(form);
        d.getFooter().add(cancel, save);
        d.open();
    }
}
