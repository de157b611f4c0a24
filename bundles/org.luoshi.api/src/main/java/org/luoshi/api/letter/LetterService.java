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
     * theirs (NOT_RECTIFIED); and the next rung for every letter it sent that is unanswered past its deadline (see
     * {@link #escalate}). Nothing is sent. Returns the new drafts.
     */
    List<LetterDTO> draftForOverdue(Actor actor, String jurisdiction, String issuer);

    /** Edits a draft (title, body, required response, deadline, recipient, kind, situation); only the issuing side. */
    LetterDTO update(Actor actor, long id, LetterDTO edits);

    /**
     * For a sent letter unanswered past its deadline: drafts the next letter on the jurisdiction's ladder (e.g. 提醒函 →
     * 提示函 → 督办函) to the same recipient, same situation, citing the earlier one; nothing is sent. Refused when the
     * letter was answered, is not yet overdue, already has a follow-up, or is the ladder's last rung.
     */
    LetterDTO escalate(Actor actor, long id);

    /**
     * 补录: records a letter the issuer already sent on paper before using the platform, as SENT, with its printed 文号
     * ({@code number}), its sending day ({@code sentAt}, yyyy-MM-dd, not in the future) and its response deadline (on or
     * after the sending day, may be past). Later letters of the same issuer and year are numbered after it.
     */
    LetterDTO register(Actor actor, LetterDTO letter);

    LetterDTO get(Actor actor, long id);

    /** Letters issued or received by the caller's units (or below) in a jurisdiction, newest first. */
    List<LetterDTO> list(Actor actor, String jurisdiction);
}
