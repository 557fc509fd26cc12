/**
 * Clients of large language models, for chat apps: {@link dev.gradio4j.llm.OpenAiChat} streams
 * answers from any OpenAI-compatible chat-completions endpoint, local or hosted.
 */
@NullMarked
package dev.gradio4j.llm;

import org.jspecify.annotations.NullMarked;
