/** Mechanism 8 (行刑衔接机制): transfers of suspected crimes to public security of the same level, and what came of them. */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.luoshi.api.transfer;
