/**
 * Reading a corpus: the inputs walked for their files ({@code InputWalker}), each file parsed, or its result
 * reused from an earlier run ({@code CachingParser}, {@code ReportCache}), on worker threads with a time
 * limit per file ({@code Workers}), and the results put together, cross-checked and with duplicates marked
 * ({@link io.github.gongkai.cli.corpus.Corpus}, the entry point).
 */
package io.github.gongkai.cli.corpus;
