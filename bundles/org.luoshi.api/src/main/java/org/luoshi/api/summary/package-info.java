/** The roll-up of mechanism 1: each office's level and everything below it ("各级安委办应当定期统计汇总本级数据"). */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.luoshi.api.summary;
