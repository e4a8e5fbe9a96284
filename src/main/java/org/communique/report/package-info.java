/**
 * Internal: the {@code report} command's static site. {@link org.communique.report.RegistryReader}
 * reads the registry's DuckDB tables and {@link org.communique.report.ReportWriter} writes a timeline,
 * a who-met-whom network drawn as SVG, a page per person and a page per event cluster. The pages load
 * nothing from the network: their CSS is a local file and their JavaScript is inline. Public only for
 * the command line; may change in any release.
 */
package org.communique.report;
