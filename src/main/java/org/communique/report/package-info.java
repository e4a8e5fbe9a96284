/**
 * The {@code report} command's static site: reads the registry's DuckDB tables ({@link
 * org.communique.report.RegistryReader}) and writes a timeline, a who-met-whom network drawn as SVG, a
 * page per person and a page per event cluster ({@link org.communique.report.ReportWriter}). The pages
 * load nothing from the network: their CSS is a local file and their JavaScript is inline.
 */
package org.communique.report;
