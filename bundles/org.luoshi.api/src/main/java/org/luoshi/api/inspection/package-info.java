/** Mechanism 5 (巡查检查机制): assessment patrols and supervision inspections, their findings, feedback and rectification. */
@org.osgi.annotation.versioning.Version("1.3.0")
package org.luoshi.api.inspection;
