package org.luoshi.enterprises.internal;

import org.luoshi.api.Actor;
import org.luoshi.api.enterprise.EnterpriseService;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordReader;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** An enterprise of the register as the caller may see it, for readers outside the module (webhook payloads). */
@Component(service = RecordReader.class, property = RecordLinks.TYPE + "=enterprise")
public class EnterpriseReader implements RecordReader {
    private final EnterpriseService enterprises;

    @Activate
    public EnterpriseReader(@Reference EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @Override
    public Object read(Actor actor, String id) {
        return enterprises.get(actor, RecordReader.numericId(id));
    }
}
