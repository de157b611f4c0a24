package org.luoshi.api.form;

import java.util.ArrayList;
import java.util.List;

/**
 * A cycle's report form as its region plugin declares it ({@code LUOSHI-INF/forms/<form>.properties} and
 * {@code .tsv}): title, the tables each reporter sends per period, the fields in print order, and the filling rules.
 */
public class FormDTO {
    /** The form's id (its file name), e.g. "dispatch". */
    public String id;
    /** Printed title, e.g. "全县重大事故隐患专项排查整治 2023 行动进展情况调度表". */
    public String title;
    /** Tables a reporter sends per period (e.g. 本股室 and 所属行业领域); at least one. */
    public List<FormTableDTO> tables = new ArrayList<>();
    public List<FormFieldDTO> fields = new ArrayList<>();
    /** 填报说明, item by item, as printed. */
    public List<String> notes = new ArrayList<>();
}
