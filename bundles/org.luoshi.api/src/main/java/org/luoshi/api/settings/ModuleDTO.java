package org.luoshi.api.settings;

import java.util.ArrayList;
import java.util.List;

/** A module that declares settings, and those settings' definitions. */
public class ModuleDTO {
    public String id;
    public String label;
    public List<SettingDefinitionDTO> settings = new ArrayList<>();
}
