/**
 * Internal: the extract command as a Spark job. Public only because other packages of Communiqué
 * use it; it may change in any release (the API is {@code org.communique} and {@code
 * org.communique.api}).
 */
package org.communique.spark;
