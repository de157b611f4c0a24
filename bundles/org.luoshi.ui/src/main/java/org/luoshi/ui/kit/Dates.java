package org.luoshi.ui.kit;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.luoshi.api.cycle.PeriodDTO;

/** Instants of the services (ISO texts) as people in China read them, and back. */
public final class Dates {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Dates() {
    }

    /** The due instant as 年-月-日 时:分 in Asia/Shanghai, "（顺延）" when moved off a day off. */
    public static String due(PeriodDTO p) {
        return minutes(p.due) + (p.rolled ? "（顺延）" : "");
    }

    /**
     * An ISO instant as 年-月-日 时:分 in Asia/Shanghai (a date-time without offset is taken as China time already); empty
     * for none, the text itself when it cannot be read.
     */
    public static String minutes(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(Labels.ZONE).format(MINUTES);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(iso).format(MINUTES);
            } catch (DateTimeParseException notLocal) {
                return iso;
            }
        }
    }

    /** An ISO instant; the far future when it cannot be read. */
    public static OffsetDateTime instant(String iso) {
        try {
            return OffsetDateTime.parse(iso);
        } catch (RuntimeException e) {
            return OffsetDateTime.MAX;
        }
    }
}
