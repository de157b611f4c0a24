/** Mechanism 6 (问题线索核查机制): tip-offs — intake, acceptance, routing, verification, closing, rewards; reporters protected. */
@org.osgi.annotation.versioning.Version("1.4.0")
package org.luoshi.api.tipoff;
