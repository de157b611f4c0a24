package org.luoshi.api.spotcheck;

import java.util.ArrayList;
import java.util.List;

/**
 * A spot-check campaign (抽查) by an office over the enterprises of its region: the sectors it covers, the ratio, the
 * frame frozen and the sample drawn with a recorded seed ({@link SpotCheckDraw}), and how far the checks have come.
 */
public class SpotCheckDTO {
    /** 待抽取: created, nothing drawn yet. */
    public static final String PLANNED = "PLANNED";
    /** 已抽取: sample drawn, checks under way. */
    public static final String DRAWN = "DRAWN";
    /** 已撤销 (only before drawing). */
    public static final String CANCELLED = "CANCELLED";

    public Long id;
    public String jurisdiction;
    /** The office (unit id) that runs it, and its name. */
    public String organizer;
    public String organizerName;
    /** The region whose registered enterprises make the frame (the organiser's province, city or county). */
    public String region;
    public String regionName;
    public String title;
    /** 行业领域 covered; empty: every sector. */
    public List<String> sectors = new ArrayList<>();
    /** The campaign's ratio in percent (1–100), at least {@link #minimumRatio}. */
    public int ratio;
    /** The least ratio the organiser's level must meet (region data), 0 when the region sets none. */
    public int minimumRatio;
    /** The organiser's level as the rule reads it (e.g. 市级部门) and the rule's basis text from the region data. */
    public String level;
    public String basis;
    /** yyyy-MM-dd: when the checks start and by when they must be done (overdue after). */
    public String startDate;
    public String dueDate;
    public String status;
    /** The seed the sample was drawn with (decimal digits), and the rule of the draw in words. */
    public String seed;
    public String algorithm;
    public String drawnBy;
    public String drawnAt;
    /** Enterprises in the frame (operating or suspended, in the sectors) when drawn, and how many must be checked. */
    public int population;
    public int target;
    public int sampled;
    /** Sampled enterprises whose inspection has fed back (已反馈) or gone further. */
    public int inspected;
    public int findings;
    /** Findings that became hazard-list entries. */
    public int hazards;
    /** Sampled enterprises not inspected after the due date. */
    public int overdue;
    /** Whether the due date has passed with checks outstanding. */
    public boolean late;
    /** The sample's allocation by sector. */
    public List<StratumDTO> strata = new ArrayList<>();
    /** The sampled enterprises (in a single campaign's answer; empty in lists). */
    public List<SampleItemDTO> items = new ArrayList<>();
    public String createdBy;
    public String createdAt;
    public String cancelReason;
    public Long version;
}
