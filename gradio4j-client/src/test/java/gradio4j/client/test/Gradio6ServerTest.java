package gradio4j.client.test;

/** The client's scenarios against the real Gradio 6 (6.31, pinned with the examples' suites), serving {@code src/test/python/twin.py}. */
class Gradio6ServerTest extends RealGradioScenarios {
    Gradio6ServerTest() {
        super("gradio.venv");
    }
}
