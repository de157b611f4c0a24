package org.luoshi.api.hazard;

import java.util.ArrayList;
import java.util.List;

/** One page of the hazard list, newest first, with the total count of matching records. */
public class HazardPage {
    public List<HazardDTO> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;
}
