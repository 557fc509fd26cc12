package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The parity corpus: each app by the snake_case name of its Python twin in
 * {@code examples/src/test/python/parity/apps/}, where a test runs both, compares their
 * {@code /config} and {@code /gradio_api/info}, and drives both with the twin's {@code CALLS}.
 *
 * {@snippet :
 * Blocks app = Corpus.APPS.get("hello_world").get();   // a fresh app each time
 * app.launch();
 * }
 */
public final class Corpus {
    private Corpus() {}

    /** Every app of the corpus, in a stable order, by the name of its twin. */
    public static final Map<String, Supplier<Blocks>> APPS;

    static {
        Map<String, Supplier<Blocks>> apps = new LinkedHashMap<>();
        apps.put("hello_world", HelloWorld::app);
        apps.put("hello_world_multi", HelloWorldMulti::app);
        apps.put("calculator", Calculator::app);
        apps.put("blocks_hello", BlocksHello::app);
        apps.put("blocks_flipper", BlocksFlipper::app);
        apps.put("sentence_builder", SentenceBuilder::app);
        apps.put("state_counter", StateCounter::app);
        apps.put("chatbot_simple", ChatbotSimple::app);
        apps.put("chat_echo", ChatEcho::app);
        apps.put("chat_streaming_echo", ChatStreamingEcho::app);
        apps.put("chat_multimodal", ChatMultimodal::app);
        apps.put("json_output", JsonOutput::app);
        apps.put("label_classifier", LabelClassifier::app);
        apps.put("color_picker", ColorPicker::app);
        apps.put("file_io", FileIo::app);
        apps.put("image_mirror", ImageMirror::app);
        apps.put("layout_blocks", LayoutBlocks::app);
        apps.put("streaming_generator", StreamingGenerator::app);
        apps.put("error_demo", ErrorDemo::app);
        apps.put("progress_demo", ProgressDemo::app);
        apps.put("chained_events", ChainedEvents::app);
        apps.put("blocks_examples", BlocksExamples::app);
        apps.put("dataset_click", DatasetClick::app);
        apps.put("select_event", SelectEvent::app);
        apps.put("gr_on_triggers", GrOnTriggers::app);
        apps.put("update_props", UpdateProps::app);
        apps.put("tabbed_interface", TabbedTools::app);
        apps.put("interface_live", InterfaceLive::app);
        apps.put("interface_batch", InterfaceBatch::app);
        apps.put("flagging_options", FlaggingOptions::app);
        apps.put("interface_streaming", InterfaceStreaming::app);
        apps.put("cached_examples", CachedExamples::app);
        apps.put("interface_output_only", InterfaceOutputOnly::app);
        apps.put("interface_unified", InterfaceUnified::app);
        apps.put("interface_input_only", InterfaceInputOnly::app);
        APPS = Collections.unmodifiableMap(apps);
    }
}
