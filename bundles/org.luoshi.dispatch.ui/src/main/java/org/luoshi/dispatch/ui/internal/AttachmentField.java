package org.luoshi.dispatch.ui.internal;

import java.util.Map;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.file.FileDTO;
import org.luoshi.api.file.FileService;
import org.luoshi.api.form.FormFieldDTO;
import org.luoshi.api.form.FormReportDTO;
import org.luoshi.api.form.FormService;
import org.luoshi.api.form.FormValues;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.Uploads;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;

/**
 * A FILE field of a report form (附件): its value is the id of the file uploaded for it, shown by the file's name with a
 * download link; while the table is open, an upload sends a file through {@link FormService#attach} for the table's
 * unit and keeps the id the service answers. A refusal (type, size, not a reporter, the file service not running) is
 * shown at the field. Ids: the field {@code dispatch-field-<key>} (set by the view), its upload
 * {@code dispatch-field-<key>-upload}, the file's name {@code dispatch-field-<key>-name} and its download link
 * {@code dispatch-field-<key>-download}.
 */
final class AttachmentField extends CustomField<String> {
    private static final long serialVersionUID = 1L;

    private final Services services;
    private final Actor actor;
    private final FormFieldDTO field;
    private final FormReportDTO report;
    private final String ids;
    private final HorizontalLayout current = new HorizontalLayout();
    private String fileId;

    AttachmentField(Services services, Actor actor, FormFieldDTO field, FormReportDTO report, String caption,
            boolean editable) {
        this.services = services;
        this.actor = actor;
        this.field = field;
        this.report = report;
        this.ids = DispatchView.fieldId(field.key);
        if (caption != null) {
            setLabel(caption);
        }
        current.setSpacing(true);
        current.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(current);
        box.setPadding(false);
        box.setSpacing(false);
        if (editable) {
            Upload upload = Uploads.upload(ids + "-upload", this::received);
            upload.setWidthFull();
            box.add(upload);
            setHelperText("PDF、JPEG、PNG、纯文本或 Word/Excel 文档，不超过 " + Uploads.MAX_BYTES / 1024 / 1024
                    + " MB（按文件内容识别类型）；上传后随报表一并提交");
        }
        add(box);
        setWidthFull();
        render();
    }

    /** The file's id, or null while nothing is uploaded. */
    @Override
    protected String generateModelValue() {
        return fileId;
    }

    @Override
    protected void setPresentationValue(String value) {
        fileId = Labels.blankToNull(value);
        render();
    }

    /** An uploaded file: sent for the table's unit; its id becomes the value, a refusal is shown at the field. */
    private void received(String name, byte[] bytes) {
        Map<String, HasValidation> at = Map.of("field", this, "content", this, "name", this, "unit", this,
                field.key, this);
        setInvalid(false);
        Feedback.call(() -> services.get(FormService.class).attach(actor, report.jurisdiction, report.cycleId,
                report.unit, field.key, name, bytes), at).ifPresent(stored -> {
                    fileId = String.valueOf(stored.id);
                    setInvalid(false);
                    render(stored);
                    updateValue();
                    Feedback.info("已上传附件：" + Labels.nz(stored.name));
                });
    }

    private void render() {
        if (fileId == null) {
            render(null);
            return;
        }
        render(describe());
    }

    /** The stored file the value names, as the user may read it; null when it cannot be read (shown by its number). */
    private FileDTO describe() {
        Long id = FormValues.fileId(fileId);
        if (id == null) {
            return null;
        }
        try {
            return services.find(FileService.class).map(files -> files.get(actor, id)).orElse(null);
        } catch (LuoshiException e) {
            return null;
        }
    }

    private void render(FileDTO file) {
        current.removeAll();
        if (fileId == null) {
            Span none = new Span("未上传");
            none.setId(ids + "-name");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            current.add(none);
            return;
        }
        if (file == null) {
            Span unknown = new Span("附件 " + fileId + "（无法查看）");
            unknown.setId(ids + "-name");
            current.add(unknown);
            return;
        }
        Span name = new Span(Labels.nz(file.name));
        name.setId(ids + "-name");
        long id = file.id;
        Anchor download = new Anchor(Uploads.download(this, file.name, file.mediaType,
                () -> services.get(FileService.class).content(actor, id)), "下载");
        download.setId(ids + "-download");
        download.getElement().setAttribute("download", true);
        Span size = new Span(Uploads.size(file.size));
        size.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        current.add(name, size, download);
    }
}
