/**
 * Accidents (生产安全事故): the record of an accident with its level derived by 《生产安全事故报告和调查处理条例》 第三条,
 * its follow-up steps, and the region rules that act on accidents (drafts of inspections, letters, 约谈 and 挂牌督办 for
 * a person to confirm).
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.luoshi.api.accident;
