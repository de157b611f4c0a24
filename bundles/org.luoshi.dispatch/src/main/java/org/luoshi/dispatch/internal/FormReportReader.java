package org.luoshi.dispatch.internal;

import org.luoshi.api.Actor;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordReader;
import org.luoshi.api.form.FormService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A submitted form report (报表) as the caller may see it, for readers outside the module (webhook payloads). */
@Component(service = RecordReader.class, property = RecordLinks.TYPE + "=form-report")
public class FormReportReader implements RecordReader {
    private final FormService forms;

    @Activate
    public FormReportReader(@Reference FormService forms) {
        this.forms = forms;
    }

    @Override
    public Object read(Actor actor, String id) {
        return forms.get(actor, RecordReader.numericId(id));
    }
}
