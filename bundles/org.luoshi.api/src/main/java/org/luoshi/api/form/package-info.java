/**
 * Report forms as data (written dispatch, mechanism 3): a region plugin declares a cycle's form — its blocks, numbered
 * items and 填报说明 — and which items the records already hold. Those figures are computed by {@link FigureSource}s
 * of the mechanisms, never typed; the rest is typed by the reporting unit, or uploaded as an attachment (a
 * {@link FormFieldDTO#FILE} field).
 */
@org.osgi.annotation.versioning.Version("1.4.0")
package org.luoshi.api.form;
