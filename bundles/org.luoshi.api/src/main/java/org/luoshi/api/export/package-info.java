/** Spreadsheet exports of the lists in the layouts of the seed's reference forms (附件1, 附件2, 附件3). */
@org.osgi.annotation.versioning.Version("1.5.0")
package org.luoshi.api.export;
