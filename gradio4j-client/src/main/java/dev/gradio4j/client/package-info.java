/**
 * A client for Gradio apps: {@link dev.gradio4j.client.Client} connects to an app (a URL or a
 * Hugging Face Space), describes its API ({@link dev.gradio4j.client.ApiInfo}) and calls it
 * ({@link dev.gradio4j.client.Client#predict}, {@link dev.gradio4j.client.Client#submit}).
 */
@NullMarked
package dev.gradio4j.client;

import org.jspecify.annotations.NullMarked;
