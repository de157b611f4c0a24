/**
 * People (人员): the profile the platform keeps beside each login — 姓名、职务、所属单位、联系电话 — so records, exports and
 * letters show who acted by name and title, never by login id.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.luoshi.api.people;
