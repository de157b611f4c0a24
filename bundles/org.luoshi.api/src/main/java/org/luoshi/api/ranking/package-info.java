/**
 * Evaluation and ranking (考评排队): the regions' scoring rules (data), the monthly ranking of each evaluated group with
 * every score traced to its figures, typed indicators, publication that freezes the figures, the history of ranks and
 * the bulletin (简报).
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.luoshi.api.ranking;
