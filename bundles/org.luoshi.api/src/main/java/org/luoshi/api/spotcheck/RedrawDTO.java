package org.luoshi.api.spotcheck;

import java.util.ArrayList;
import java.util.List;

/** A re-draw of a campaign's sample from its recorded seed and frame, and whether it gives the recorded sample. */
public class RedrawDTO {
    public long campaignId;
    public String seed;
    public String algorithm;
    public int population;
    public int target;
    /** The enterprises the re-draw gives, by sector then key. */
    public List<SampleItemDTO> items = new ArrayList<>();
    /** Whether they are exactly the recorded sample. */
    public boolean same;
    /** Credit codes in one list and not the other (empty when the same). */
    public List<String> differences = new ArrayList<>();
}
