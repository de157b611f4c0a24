package org.luoshi.api.tipoff;

/** What a reporter sees with the receipt code: never anyone's identity, never internal notes beyond the decision. */
public class PublicStatusDTO {
    public String receivedOn;
    /** RECEIVED, NEEDS_MATERIAL, ACCEPTED, REJECTED, VERIFIED, CLOSED */
    public String status;
    /** 受理中 / 请补充材料 / 已受理 / 不予受理 / 已核查 / 已办结 */
    public String statusLabel;
    /** The reason of a rejection, or the material asked for. */
    public String decisionNote;
    /** The result told to the reporter, once closed. */
    public String reply;
    public int materialsAdded;
    public int photosAdded;
}
