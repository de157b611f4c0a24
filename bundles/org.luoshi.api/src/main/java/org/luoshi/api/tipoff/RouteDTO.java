package org.luoshi.api.tipoff;

/**
 * A step of 交办转办 (属地管理、分级负责): ASSIGN_DOWN to the lower level of the same sector, TRANSFER to the competent
 * department, PASS from a committee office to the same-level department or local committee (with {@link #copyTo}).
 */
public class RouteDTO {
    public String kind;
    public String from;
    public String to;
    public String copyTo;
    /** The receiver's deadline for its verification report (yyyy-MM-dd). */
    public String deadline;
    public String at;
    public String by;
}
