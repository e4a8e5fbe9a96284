/**
 * Communiqué's public API, with {@code org.communique.api}: {@code Extractor} and its builder turn
 * articles ({@code api.Article}) into records ({@code api.ExtractionResult}, {@code api.ErrorRecord}).
 *
 * <p>The API is these two packages plus a few named types of otherwise internal packages:
 * {@code output.JsonLines}, {@code read.InputReader}, {@code read.PageParser},
 * {@code read.HtmlPageParser} and {@code eval.Scorer}. Every other package ({@code batch},
 * {@code cli}, {@code dates}, {@code doc}, {@code entities}, {@code events}, {@code lexicon},
 * {@code nlp}, {@code spark}) and every other type is internal: public only because Java packages
 * need it, and it may change in any release. There is no module-info: CoreNLP's jars are
 * automatic modules with split packages, so the boundary is documented rather than enforced.
 */
package org.communique;
