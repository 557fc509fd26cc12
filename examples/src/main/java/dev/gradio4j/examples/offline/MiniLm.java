package dev.gradio4j.examples.offline;

import dev.gradio4j.Reload;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * Sentence embeddings with all-MiniLM-L6-v2 (quantized, 384 dimensions), run by ONNX Runtime in
 * this JVM: the model comes from Maven Central inside a jar, so nothing is downloaded at run time.
 *
 * <pre>{@code
 * MiniLm minilm = MiniLm.shared();                   // loads the model once per process (~1 s)
 * double s = MiniLm.cosine(minilm.embed("reload"), minilm.embed("hot swap"));
 * }</pre>
 *
 * <p>Share one: {@link #shared()} loads the model once per process and, in reload mode, keeps it
 * across saves ({@code Reload.keep("minilm", ...)}). Embedding is thread-safe; a sentence takes a
 * few milliseconds on one core. Vectors come back with unit length, so their dot product is
 * their cosine similarity.
 */
public final class MiniLm {
    static {
        // DJL, which runs the tokenizer, warns at INFO/WARN level about a GPU this demo never uses.
        if (System.getProperty("org.slf4j.simpleLogger.log.ai.djl") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.ai.djl", "error");
        }
    }

    private final EmbeddingModel model;

    private MiniLm(EmbeddingModel model) {
        this.model = model;
    }

    /** The process's model, loaded on first use. */
    public static MiniLm shared() {
        return new MiniLm(Reload.keep("minilm", AllMiniLmL6V2QuantizedEmbeddingModel::new));
    }

    /** The unit-length embedding of {@code text}. */
    public float[] embed(String text) {
        return unit(model.embed(text).content().vector());
    }

    /** The unit-length embeddings of {@code texts}, in order. */
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<Embedding> embeddings = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        return embeddings.stream().map(embedding -> unit(embedding.vector())).toList();
    }

    /** The cosine similarity of two unit vectors: 1 for the same meaning, about 0 for unrelated text. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float x : vector) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = norm == 0 ? 0 : (float) (vector[i] / norm);
        }
        return unit;
    }
}
