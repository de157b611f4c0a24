package org.luoshi.api.listing;

/** Where a listed hazard stands; {@link ListingService} refuses any change the state does not allow. */
public enum ListingStatus {
    LISTED("已挂牌"),
    RECTIFYING("整改中"),
    EXTENSION_REQUESTED("延期申请中"),
    COMPLETION_REPORTED("已报整改完成"),
    ACCEPTED("已复查验收"),
    DELISTED("已摘牌销号");

    private final String label;

    ListingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
