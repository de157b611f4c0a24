package org.luoshi.api.link;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a record came from and what came of it (来龙去脉): the record, the records it came of, and, transitively, the
 * records that came of it (inspection finding / tip-off → hazard → listing → publication → criminal transfer).
 */
public class LineageDTO {
    public RecordRefDTO record;
    public List<RecordRefDTO> cameFrom = new ArrayList<>();
    public List<RecordRefDTO> cameOf = new ArrayList<>();
}
