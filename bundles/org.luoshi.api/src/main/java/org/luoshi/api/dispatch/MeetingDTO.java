package org.luoshi.api.dispatch;

import java.util.ArrayList;
import java.util.List;

/**
 * A dispatch meeting (会议调度): a committee meeting (COMMITTEE 安委会会议), a liaison meeting (LIAISON 联络员会议) or a
 * video dispatch (VIDEO 视频调度会); the units attending, the progress reported, the work assigned (which becomes
 * tasks) and the lagging units that had to speak (后进单位表态发言).
 */
public class MeetingDTO {
    public Long id;
    public String jurisdiction;
    /** The organising office (unit id). */
    public String unit;
    public String kind;
    /** yyyy-MM-dd */
    public String date;
    public String title;
    public List<String> attendingUnits = new ArrayList<>();
    /** 进展汇报 */
    public String progress;
    /** 经验交流 */
    public String experience;
    public List<AssignmentDTO> assignments = new ArrayList<>();
    /** Unit ids of the lagging units that spoke. */
    public List<String> laggards = new ArrayList<>();
    public String createdBy;
}
