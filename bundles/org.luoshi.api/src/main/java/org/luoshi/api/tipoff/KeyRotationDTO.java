package org.luoshi.api.tipoff;

/** The outcome of a rotation of the reporter-identity key. */
public class KeyRotationDTO {
    /** The new key's number in the key ring. */
    public int keyId;
    /** Tip-offs whose reporter identity was re-sealed with it. */
    public int resealed;
    /** Tip-offs whose sealed identity did not open (its key missing, or the value changed in the database): left as they were. */
    public int unreadable;
    /** Older keys deleted once nothing was sealed with them any more. */
    public int retired;
    public long millis;
}
