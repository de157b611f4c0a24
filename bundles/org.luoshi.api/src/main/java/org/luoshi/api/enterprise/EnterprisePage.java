package org.luoshi.api.enterprise;

import java.util.ArrayList;
import java.util.List;

/** One page of the register, with the total count of matching enterprises. */
public class EnterprisePage {
    public List<EnterpriseDTO> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;
}
