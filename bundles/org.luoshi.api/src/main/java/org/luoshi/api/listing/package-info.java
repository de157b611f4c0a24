/** Mechanism 2: listed supervision of major accident hazards (重大事故隐患挂牌督办, form 附件3). */
@org.osgi.annotation.versioning.Version("1.3.0")
package org.luoshi.api.listing;
