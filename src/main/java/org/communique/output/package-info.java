/**
 * Internal, but for one type: the building of records from the annotated document. {@link
 * org.communique.output.JsonLines}, the one JSON form of records, is part of the API; every other
 * type here is public only because other packages of Communiqué use it, and may change in any release.
 */
package org.communique.output;
