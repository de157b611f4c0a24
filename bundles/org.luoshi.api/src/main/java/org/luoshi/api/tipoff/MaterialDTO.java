package org.luoshi.api.tipoff;

/** Material added to a tip-off: by the reporter (with the receipt code) or by a handler. */
public class MaterialDTO {
    public String at;
    public boolean fromReporter;
    public String text;
}
