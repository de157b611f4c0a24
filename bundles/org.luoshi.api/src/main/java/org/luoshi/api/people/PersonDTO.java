package org.luoshi.api.people;

/** A person's profile: the login it belongs to, 姓名, 职务, the unit (id and name) and a telephone number. */
public class PersonDTO {
    /** The login (user name) the profile belongs to; the key. */
    public String login;
    /** 姓名 */
    public String name;
    /** 职务, e.g. 安全股股长 */
    public String title;
    /** Unit id of 所属单位 (set by an administrator). */
    public String unit;
    public String unitName;
    /** 联系电话 */
    public String phone;
    /** When it was last changed (ISO date-time), and by whom (a login). */
    public String updatedAt;
    public String updatedBy;
    /** Optimistic lock: the version read; an edit of an older version is refused (CONFLICT). */
    public Long version;
}
