package gradio4j.client.test;

/** The client's scenarios against the real Gradio 4 (4.44.1, the last 4.x: its API is at the root, without /gradio_api), serving {@code src/test/python/twin.py}. */
class Gradio4ServerTest extends RealGradioScenarios {
    Gradio4ServerTest() {
        super("gradio4.venv");
    }
}
