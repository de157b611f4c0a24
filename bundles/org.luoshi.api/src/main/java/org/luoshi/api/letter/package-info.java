/** Mechanism 4 (提醒、提示、督办机制): reminder, notice and supervision letters and their answers. */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.luoshi.api.letter;
