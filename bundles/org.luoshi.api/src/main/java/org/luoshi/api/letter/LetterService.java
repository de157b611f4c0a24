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

    /**
     * Drafts reminder letters (提醒函), for the issuing unit to review, edit and send, for every record below it that is
     * overdue and has no letter yet: tasks past their deadline (situation TASK_LAGGING) and hazards not rectified by
     * theirs (NOT_RECTIFIED). Nothing is sent. Returns the new drafts.
     */
    List<LetterDTO> draftForOverdue(Actor actor, String jurisdiction, String issuer);

    LetterDTO get(Actor actor, long id);

    /** Letters issued or received by the caller's units (or below) in a jurisdiction, newest first. */
    List<LetterDTO> list(Actor actor, String jurisdiction);
}
