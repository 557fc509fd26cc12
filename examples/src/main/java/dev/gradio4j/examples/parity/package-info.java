/**
 * The parity corpus: small apps modelled on Gradio's own demos, each the Java port of a Python
 * twin in {@code examples/src/test/python/parity/apps/} that runs on the real Gradio. A test runs
 * both of a pair and compares their config, their API description and their answers to the same
 * client calls. {@link dev.gradio4j.examples.parity.Corpus#APPS} names them all; each class has a
 * {@code main} that launches it.
 */
package dev.gradio4j.examples.parity;
