/**
 * The UI kit for modules: contribute views to the UI shell ({@link org.luoshi.ui.kit.ViewContribution}), reach the
 * platform's services from a view ({@link org.luoshi.ui.kit.Services}), and the shared building blocks of list and
 * form views (paging, unit pickers, dates, export buttons, uploads, notifications).
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.luoshi.ui.kit;
