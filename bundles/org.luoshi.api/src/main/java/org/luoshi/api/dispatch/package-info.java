/** Mechanism 3 (工作调度): written dispatch — reports collected on a jurisdiction's cycles, who has and has not reported. */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.luoshi.api.dispatch;
