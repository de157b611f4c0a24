/** Mechanism 1: the key work task list (重点工作任务清单, form 附件1), built from a jurisdiction's task catalog. */
@org.osgi.annotation.versioning.Version("1.5.0")
package org.luoshi.api.task;
