/** Mechanism 7 (宣传曝光机制): approved publication (典型案例, monthly disclosure, exposure) and warning education. */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.luoshi.api.publicity;
