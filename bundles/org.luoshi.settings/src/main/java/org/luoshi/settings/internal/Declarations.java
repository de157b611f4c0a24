package org.luoshi.settings.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.luoshi.api.settings.ModuleDTO;
import org.luoshi.api.settings.ModuleDeclaration;
import org.luoshi.api.settings.ModuleSettings;
import org.luoshi.api.settings.SettingDefinitionDTO;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modules that declare settings right now: each {@link ModuleDeclaration} service names its module and the MetaType
 * PID whose object class definition (in the declaring bundle) describes its settings. Every module also gets
 * {@link ModuleSettings#ENABLED}. A module whose bundle stops takes its declaration with it.
 */
@Component(service = Declarations.class)
public class Declarations {
    private static final Logger LOG = LoggerFactory.getLogger(Declarations.class);

    /** A declared module: its DTO and the attribute definitions that validate its values. */
    record Declared(ModuleDTO module, Map<String, AttributeDefinition> attributes) {
        Optional<SettingDefinitionDTO> setting(String key) {
            return module.settings.stream().filter(s -> s.key.equals(key)).findFirst();
        }
    }

    private final MetaTypeService metatype;
    private final Map<ServiceReference<ModuleDeclaration>, Declared> byReference = new ConcurrentHashMap<>();

    @Activate
    public Declarations(@Reference MetaTypeService metatype) {
        this.metatype = metatype;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "remove")
    void add(ServiceReference<ModuleDeclaration> ref) {
        Object module = ref.getProperty(ModuleDeclaration.MODULE);
        Object pid = ref.getProperty(ModuleDeclaration.PID);
        if (!(module instanceof String m) || !m.matches("[a-z][a-z0-9]{0,49}")) {
            LOG.warn("A module declaration without a valid {} is ignored", ModuleDeclaration.MODULE);
            return;
        }
        ModuleDTO dto = new ModuleDTO();
        dto.id = m;
        Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
        SettingDefinitionDTO enabled = new SettingDefinitionDTO();
        enabled.key = ModuleSettings.ENABLED;
        enabled.label = "启用本模块";
        enabled.description = "停用后，本辖区用户看不到该模块的菜单，不能新办或办理，已有记录仍可查阅";
        enabled.type = "BOOLEAN";
        enabled.defaultValue = "true";
        dto.settings.add(enabled);
        ObjectClassDefinition ocd = null;
        if (pid instanceof String p) {
            try {
                MetaTypeInformation info = metatype.getMetaTypeInformation(ref.getBundle());
                ocd = info == null ? null : info.getObjectClassDefinition(p, "zh_CN");
            } catch (IllegalArgumentException e) {
                LOG.warn("Module {} names the settings PID {}, which its bundle does not describe", m, p);
            }
        }
        Object label = ref.getProperty(ModuleDeclaration.LABEL);
        dto.label = label instanceof String l ? l : ocd != null ? ocd.getName() : m;
        AttributeDefinition[] ads = ocd == null ? null : ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        if (ads != null) {
            for (AttributeDefinition ad : ads) {
                SettingDefinitionDTO s = new SettingDefinitionDTO();
                s.key = ad.getID();
                s.label = ad.getName();
                s.description = ad.getDescription();
                s.type = switch (ad.getType()) {
                    case AttributeDefinition.BOOLEAN -> "BOOLEAN";
                    case AttributeDefinition.INTEGER, AttributeDefinition.LONG, AttributeDefinition.SHORT -> "INTEGER";
                    default -> "STRING";
                };
                String[] defaults = ad.getDefaultValue();
                s.defaultValue = defaults == null || defaults.length == 0 ? null : String.join(",", defaults);
                if (ad.getOptionValues() != null) {
                    s.options.addAll(List.of(ad.getOptionValues()));
                    s.optionLabels.addAll(List.of(ad.getOptionLabels()));
                }
                dto.settings.add(s);
                attributes.put(s.key, ad);
            }
        }
        byReference.put(ref, new Declared(dto, attributes));
    }

    void remove(ServiceReference<ModuleDeclaration> ref) {
        byReference.remove(ref);
    }

    Optional<Declared> module(String id) {
        return byReference.values().stream().filter(d -> d.module.id.equals(id)).findFirst();
    }

    List<ModuleDTO> modules() {
        List<ModuleDTO> out = new ArrayList<>();
        byReference.values().forEach(d -> out.add(d.module));
        out.sort(Comparator.comparing((ModuleDTO d) -> d.id));
        return out;
    }
}
