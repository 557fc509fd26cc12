/** The gradio4j API: components, layouts, {@link dev.gradio4j.Blocks}, {@link dev.gradio4j.Interface} and their events. */
@NullMarked
package dev.gradio4j;

import org.jspecify.annotations.NullMarked;
