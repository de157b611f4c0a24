package org.luoshi.ui.kit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.luoshi.api.Actor;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;

import com.vaadin.flow.component.combobox.ComboBox;

/** The unit pickers of list filters and forms: the units a user may act for or filter on, and picking one by id. */
public final class Units {
    private Units() {
    }

    /** Units of a jurisdiction the actor may record hazards for. */
    public static List<UnitDTO> visibleUnits(Services services, Actor actor, String jurisdictionId) {
        if (services == null || actor == null || jurisdictionId == null) {
            return List.of();
        }
        boolean admin = actor.roles().contains(Actor.ROLE_ADMIN);
        return Feedback.call(() -> services.jurisdictions().units(jurisdictionId)).flatMap(u -> u).orElse(List.of())
                .stream().filter(u -> admin || actor.canSee(u.id)).toList();
    }

    /** Units to filter a list on: those of the jurisdiction, or of every installed jurisdiction when none is chosen. */
    public static List<UnitDTO> filterUnits(Services services, Actor actor, String jurisdictionId) {
        if (jurisdictionId != null || services == null || actor == null) {
            return visibleUnits(services, actor, jurisdictionId);
        }
        Map<String, UnitDTO> byId = new LinkedHashMap<>();
        for (JurisdictionDTO j : Feedback.call(services.jurisdictions()::jurisdictions).orElse(List.of())) {
            for (UnitDTO u : visibleUnits(services, actor, j.id)) {
                byId.putIfAbsent(u.id, u);
            }
        }
        return List.copyOf(byId.values());
    }

    /**
     * Selects a unit in a list's unit filter by id (from a drill-down link): the unit of the items, else the unit as
     * the registry knows it, else a stand-in showing the id (its plugin is gone, or the service will refuse it).
     */
    public static void selectUnit(Services services, ComboBox<UnitDTO> unit, String unitId) {
        List<UnitDTO> items = unit.getListDataView().getItems().toList();
        UnitDTO found = items.stream().filter(u -> Objects.equals(u.id, unitId)).findFirst().orElse(null);
        if (found == null) {
            found = Feedback.call(() -> services.jurisdictions().unit(unitId)).flatMap(x -> x)
                    .orElseGet(() -> UnitNames.placeholder(unitId));
            unit.setItems(concat(items, found));
        }
        unit.setValue(found);
    }

    private static <T> List<T> concat(List<T> list, T item) {
        List<T> out = new java.util.ArrayList<>(list);
        out.add(item);
        return out;
    }
}
