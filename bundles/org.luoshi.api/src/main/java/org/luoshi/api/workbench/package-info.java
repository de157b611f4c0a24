/**
 * The workbench (工作台): what is due for the caller, counts and charts, contributed by every module through the
 * {@link org.luoshi.api.workbench.WorkbenchSource} whiteboard, so a new module adds its own to-dos without touching the
 * faces.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.luoshi.api.workbench;
