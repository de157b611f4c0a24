package org.luoshi.api.letter;

import java.util.List;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Letters of mechanism 4; nothing is sent without a person sending it. Every step is audited. */
@ProviderType
public interface LetterService {
    /** A draft by the issuing unit; refused unless kind, situation, recipient, title, body and deadline are given. */
    LetterDTO draft(Actor actor, LetterDTO letter);

    /** DRAFT → SENT: numbers the letter (prefix〔year〕serial号, serial per issuing unit and year). */
    LetterDTO send(Actor actor, long id);

    /** SENT → SIGNED, by the recipient side (签收). */
    LetterDTO sign(Actor actor, long id);

    /** SIGNED → ANSWERED, by the recipient side: the rectification plan and the report back. */
    LetterDTO answer(Actor actor, long id, String plan, String report);

    LetterDTO get(Actor actor, long id);

    /** Letters issued or received by the caller's units (or below) in a jurisdiction, newest first. */
    List<LetterDTO> list(Actor actor, String jurisdiction);
}
