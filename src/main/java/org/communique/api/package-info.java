/**
 * Public API: the input ({@link org.communique.api.Article}) and the records of the output, immutable
 * and serialised by Jackson to the documented JSON format. These types change only compatibly within
 * a release line; see {@code org.communique} for the rest of the API boundary.
 */
package org.communique.api;
