package org.luoshi.api.settings;

/** A setting's effective value at a scope, and where it comes from. */
public class SettingDTO {
    public static final String DEFAULT = "default";
    public static final String PLUGIN = "plugin";
    public static final String PROVINCE = "province";
    public static final String CITY = "city";
    public static final String COUNTY = "county";

    public String scope;
    public String scopeName;
    public String module;
    public String moduleLabel;
    public String key;
    public String label;
    public String type;
    public String value;
    /** default, plugin, province, city, county (the level of the scope that set it), or town. */
    public String source;
    /** The unit whose setting applies (null for default and plugin). */
    public String sourceScope;
    public String sourceName;
    /** Whether the value is set at this very scope (clearing it lets the layer above apply). */
    public boolean own;
    /** Whether the actor may change it here. */
    public boolean editable;
}
