package org.luoshi.api.form;

import java.util.ArrayList;
import java.util.List;

/** A correction (更正) asked for: why, and the typed values as they should be (those not given stay as they are). */
public class FormCorrectionRequestDTO {
    public String reason;
    public List<FormValueDTO> values = new ArrayList<>();
}
