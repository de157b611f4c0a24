/** Mechanism 1: the problem/hazard rectification list (问题隐患整改清单, form 附件2). */
@org.osgi.annotation.versioning.Version("1.4.0")
package org.luoshi.api.hazard;
