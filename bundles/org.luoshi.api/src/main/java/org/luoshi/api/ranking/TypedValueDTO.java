package org.luoshi.api.ranking;

/** A typed indicator's value for a unit and month, with the evaluator's reason. */
public class TypedValueDTO {
    public String unit;
    public String indicator;
    public Double value;
    public String reason;
    public String enteredBy;
    public String enteredAt;
}
