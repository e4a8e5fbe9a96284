/**
 * Internal, but for one type: the scoring and audit behind {@code evaluate} and {@code audit}.
 * {@link org.communique.eval.Scorer}, the guideline's scorer, is part of the API; every other type
 * here is public only because other packages of Communiqué use it, and may change in any release.
 */
package org.communique.eval;
