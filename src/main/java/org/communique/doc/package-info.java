/**
 * Internal: the document model the pipeline's components annotate. Public only because other
 * packages of Communiqué use it; it may change in any release (the API is {@code org.communique}
 * and {@code org.communique.api}).
 */
package org.communique.doc;
