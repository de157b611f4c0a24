package org.luoshi.api.settings;

import java.util.ArrayList;
import java.util.List;

/** One setting as its module declares it (from its MetaType attribute definition). */
public class SettingDefinitionDTO {
    public String key;
    public String label;
    public String description;
    /** BOOLEAN, INTEGER, STRING. */
    public String type;
    public String defaultValue;
    /** For a setting with fixed choices: the values and their labels (same order). */
    public List<String> options = new ArrayList<>();
    public List<String> optionLabels = new ArrayList<>();
}
