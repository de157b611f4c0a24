package org.luoshi.api.publicity;

import java.util.ArrayList;
import java.util.List;

/** A warning-education item (警示教育): a film, an exhibition or a viewing, with who organised and who attended. */
public class EducationDTO {
    public Long id;
    public String jurisdiction;
    /** FILM 警示教育片, EXHIBITION 警示教育展览, VIEWING 组织观看 */
    public String kind;
    public String title;
    /** yyyy-MM-dd */
    public String date;
    /** Organising units (unit ids); the first is the recording unit. */
    public List<String> organizers = new ArrayList<>();
    /** Attending units (unit ids). */
    public List<String> attendees = new ArrayList<>();
    /** Number of people attending. */
    public Integer participants;
    public String note;
    /** The accident it draws its lessons from (典型事故警示教育): its id, or null. */
    public Long accidentId;
    public String createdBy;
}
