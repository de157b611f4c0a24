/**
 * Reporting cycles (报送周期): a region plugin declares its cycles as data ({@link org.luoshi.api.cycle.CycleDTO}: an
 * RFC 5545 RRULE of due days, the period each due day covers, one-off dated milestones); the
 * {@link org.luoshi.api.cycle.CycleEngine} turns them into {@link org.luoshi.api.cycle.PeriodDTO periods} with due
 * instants in Asia/Shanghai, rolled past days off by China's statutory calendar
 * ({@link org.luoshi.api.cycle.CalendarService}), whose years ship with the platform or are loaded by an administrator
 * while it runs ({@link org.luoshi.api.cycle.CalendarYearDTO}).
 */
@org.osgi.annotation.versioning.Version("1.3.0")
package org.luoshi.api.cycle;
