/**
 * What the offline demos ({@code examples/run chat}, {@code examples/run document-analyzer}) run on,
 * with no key and no network: {@link dev.gradio4j.examples.offline.MiniLm} sentence embeddings in
 * this JVM, a {@link dev.gradio4j.examples.offline.SemanticIndex} over passages, the project's docs
 * as passages ({@link dev.gradio4j.examples.offline.DocsAssistant}), Tesseract OCR
 * ({@link dev.gradio4j.examples.offline.Ocr}) and questions over a document's lines
 * ({@link dev.gradio4j.examples.offline.DocumentQa}, {@link dev.gradio4j.examples.offline.DocumentAnalyst}),
 * zero-shot classes ({@link dev.gradio4j.examples.offline.ZeroShot}, behind {@code examples/run topic-classifier}),
 * and a picture's colours by name ({@link dev.gradio4j.examples.offline.ColourNames}, behind {@code examples/run classifier}).
 * Answers are composed from what was found, named by source, and typed out word by word
 * ({@link dev.gradio4j.examples.offline.Typewriter}).
 */
package dev.gradio4j.examples.offline;
