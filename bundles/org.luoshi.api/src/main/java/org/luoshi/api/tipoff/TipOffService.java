package org.luoshi.api.tipoff;

import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.hazard.HazardDTO;
import org.osgi.annotation.versioning.ProviderType;

/** Mechanism 6. Every step is checked, audited, and never writes the reporter's identity anywhere in clear. */
@ProviderType
public interface TipOffService {
    /** A designated handler registers a tip-off from any channel; the answer carries the receipt code once. */
    TipOffDTO register(Actor actor, TipOffDTO tipOff);

    /** A tip-off from the public (web form, 随手拍) without an account, to the jurisdiction's office; returns the receipt code. */
    String submitPublic(String jurisdiction, TipOffDTO tipOff);

    /**
     * As {@link #submitPublic(String, TipOffDTO)} from a client address: public submissions and photos are counted per
     * address, one count for every face (REST, the public page), and refused with TOO_MANY beyond the limit.
     */
    default String submitPublic(String jurisdiction, TipOffDTO tipOff, String address) {
        return submitPublic(jurisdiction, tipOff);
    }

    /** The reporter checks status with the receipt code; not found for an unknown code. */
    PublicStatusDTO publicStatus(String receiptCode);

    /** The reporter adds material with the receipt code (while the case is not closed); a request for material is answered. */
    PublicStatusDTO addMaterial(String receiptCode, String text);

    /**
     * A photo of a 随手拍 (or any tip-off) added by the reporter with the receipt code: JPEG or PNG only (by content),
     * within the file size limit, at most 9 per tip-off; stored with its hash, never on a path of the reporter's choosing.
     */
    PublicStatusDTO addPhoto(String receiptCode, String name, byte[] content);

    /** As {@link #addPhoto(String, String, byte[])} from a client address, counted with its submissions. */
    default PublicStatusDTO addPhoto(String receiptCode, String name, byte[] content, String address) {
        return addPhoto(receiptCode, name, content);
    }

    /** A photo's bytes for whoever may see the tip-off. */
    byte[] photo(Actor actor, long id, long fileId);

    /** 受理: the handling unit accepts it (RECEIVED → ACCEPTED) and the caller becomes one of its handlers. */
    TipOffDTO accept(Actor actor, long id, String note);

    /** 不予受理, with its reason (told to the reporter). */
    TipOffDTO reject(Actor actor, long id, String reason);

    /** 要求补充材料 (RECEIVED → NEEDS_MATERIAL); the reporter's material puts it back to RECEIVED. */
    TipOffDTO requestMaterial(Actor actor, long id, String what);

    /** 交办/转办/移交: ASSIGN_DOWN, TRANSFER or PASS to another unit, with the receiver's deadline (and copyTo for PASS). */
    TipOffDTO route(Actor actor, long id, RouteDTO route);

    /**
     * 核查: records the outcome; a confirmed major hazard (MAJOR_HAZARD) creates its hazard-list entry (source
     * 群众举报核实) from {@code hazard}'s rectification fields, linked by hazardId.
     */
    TipOffDTO verify(Actor actor, long id, String outcome, String action, HazardDTO hazard);

    /** 结案: the reply to the reporter and the verification report; reported back to the units that routed it. */
    TipOffDTO close(Actor actor, long id, String reply, String report);

    /** 举报奖励 for a verified, confirmed tip-off: amount (元) and who approved it. */
    TipOffDTO approveReward(Actor actor, long id, String amount, String approvedBy);

    /** The payment record of an approved reward. */
    TipOffDTO payReward(Actor actor, long id, String paymentRecord);

    /** The tip-off(s) whose verification created this hazard entry (lineage); never with identity. */
    List<TipOffDTO> byHazard(Actor actor, long hazardId);

    /**
     * One tip-off without the reporter's identity and without an identity-view audit entry, for other mechanisms that
     * only need to know it exists and the caller may see it (a transfer citing it, the lineage).
     */
    default TipOffDTO summary(Actor actor, long id) {
        TipOffDTO d = get(actor, id);
        d.reporterName = null;
        d.reporterContact = null;
        d.identityWithheld = !d.anonymous;
        return d;
    }

    /** One tip-off; the reporter's identity only for its handlers, and that view is audited. */
    TipOffDTO get(Actor actor, long id);

    /**
     * The handling unit links the tip-off to an enterprise of the register it may see (null unlinks); a hazard made when
     * it is verified names that enterprise.
     */
    TipOffDTO linkEnterprise(Actor actor, long id, Long enterpriseId);

    /** The tip-offs about an enterprise of the register the caller may see. */
    List<TipOffDTO> byEnterprise(Actor actor, long enterpriseId);

    /** Tip-offs handled by, or once routed by, the caller's units; never with identity. */
    List<TipOffDTO> list(Actor actor, String jurisdiction, String status, int offset, int limit);

    /** How many tip-offs {@link #list} would answer over all its pages. */
    default long count(Actor actor, String jurisdiction, String status) {
        return org.luoshi.api.PageDTO.countPages((offset, limit) -> list(actor, jurisdiction, status, offset, limit));
    }

    /**
     * Makes a new reporter-identity key and re-seals every reporter's name and contact with it, then deletes the older
     * keys (a backup made before keeps its own copy). Administrators only; audited; tip-offs go on being registered
     * meanwhile (sealed with the new key).
     */
    default KeyRotationDTO rotateIdentityKey(org.luoshi.api.Actor actor) {
        throw org.luoshi.api.LuoshiException.unavailable("举报人身份密钥更换不可用");
    }
}
