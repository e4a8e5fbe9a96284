/**
 * Internal, but for three types: the readers of pages, HTML and JSON inputs. {@link
 * org.communique.read.InputReader}, {@link org.communique.read.PageParser} and {@link
 * org.communique.read.HtmlPageParser} are part of the API; every other type here is public only
 * because other packages of Communiqué use it, and may change in any release.
 */
package org.communique.read;
