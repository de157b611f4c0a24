package org.luoshi.api.transfer;

/** Information shared with the procuratorate (PROCURATORATE 检察院) or a court (COURT 法院). */
public class ShareDTO {
    public String party;
    public String date;
    public String content;
    public String recordedBy;
}
