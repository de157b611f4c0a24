package org.luoshi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ActorTest {
    private final Actor city = new Actor("shuozhou", List.of("shanxi.shuozhou"), Set.of());
    private final Actor section = new Actor("s", List.of("shanxi.shuozhou.youyu.yingji.zhifa"), Set.of());

    @Test
    void seeingFromAboveIsNotBelonging() {
        assertTrue(city.canSee("shanxi.shuozhou.youyu"));
        assertFalse(city.belongsTo("shanxi.shuozhou.youyu"), "the city sees the county but does not belong to it");
        assertTrue(city.belongsTo("shanxi.shuozhou"));
        assertTrue(section.belongsTo("shanxi.shuozhou.youyu.yingji"), "a section belongs to its bureau");
        assertFalse(section.canSee("shanxi.shuozhou.youyu.yingji"));
        assertFalse(city.belongsTo("shanxi.shuozhou2"), "a prefix is not a parent");
        assertFalse(city.belongsTo(null));
    }

    @Test
    void theUnitActedForIsTheNearestOwnUnitAbove() {
        Actor both = new Actor("b", List.of("shanxi", "shanxi.shuozhou"), Set.of());
        assertEquals(Optional.of("shanxi.shuozhou"), both.ownUnitFor("shanxi.shuozhou.youyu"));
        assertEquals(Optional.of("shanxi"), both.ownUnitFor("shanxi.lvliang"));
        assertEquals(Optional.empty(), city.ownUnitFor("shanxi.lvliang.fangshan"));
        assertEquals(Optional.of("shanxi.shuozhou"), city.ownUnitFor("shanxi.shuozhou"));
    }
}
