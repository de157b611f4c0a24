package org.luoshi.letters.internal;

import org.luoshi.api.Actor;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordReader;
import org.luoshi.api.letter.LetterService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A letter (督办函件) as the caller may see it, for readers outside the module (webhook payloads). */
@Component(service = RecordReader.class, property = RecordLinks.TYPE + "=letter")
public class LetterReader implements RecordReader {
    private final LetterService letters;

    @Activate
    public LetterReader(@Reference LetterService letters) {
        this.letters = letters;
    }

    @Override
    public Object read(Actor actor, String id) {
        return letters.get(actor, RecordReader.numericId(id));
    }
}
