package dev.gradio4j;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The page of a {@link ChatInterface}: the conversation, the message box (with Stop in place of
 * Send while an answer streams), examples, the additional inputs in an accordion, and the events
 * between them (send, retry, edit, undo, options, examples), one answer at a time.
 */
final class ChatPage {
    private final ChatFunction function;
    private final Chatbot conversation;
    private final Component<?, ?> box;
    private final Output<Stream<Object>> view;
    private final List<Component<?, ?>> additionalInputs;
    private final List<MultimodalValue> examples;
    private final String accordionLabel;
    private final ExampleOptions exampleOptions;
    private final java.io.Serializable named;

    ChatPage(ChatFunction function, Chatbot conversation, List<Component<?, ?>> additionalInputs, List<String> fileTypes,
             List<MultimodalValue> examples, String accordionLabel, ExampleOptions exampleOptions, java.io.Serializable named) {
        this.function = function;
        this.exampleOptions = exampleOptions;
        this.named = named;
        this.conversation = conversation;
        this.additionalInputs = additionalInputs;
        this.examples = examples;
        this.accordionLabel = accordionLabel;
        this.box = function.multimodal() ? multimodalBox(fileTypes) : Textbox.create().label("Message").showLabel(false)
                .placeholder("Type a message…").submitButton(true).stopButton(true).container(false);
        this.view = Outputs.of(conversation, box).streaming();
    }

    private static MultimodalTextbox multimodalBox(List<String> fileTypes) {
        MultimodalTextbox box = MultimodalTextbox.create().multipleFiles().label("Message").showLabel(false)
                .placeholder("Type a message…").stopButton(true).container(false);
        return fileTypes == null ? box : box.fileTypes(fileTypes.toArray(String[]::new));
    }

    /** Lays the page out in {@code blocks} and wires its events; returns the message box. */
    Component<?, ?> addTo(Blocks blocks) {
        List<Input<?>> pageInputs = inputs(box, conversation);
        // Everything that streams an answer, for Stop, Clear and Undo to cancel.
        List<Dependency> answering = new ArrayList<>();
        answering.add(Events.listen(box, "submit", null,
                        args -> submitted(args.get(0), Conversation.of(args.get(1)), rest(args, 2)), view, pageInputs)
                .apiName("chat_in_page").apiVisibility(ApiVisibility.UNDOCUMENTED));
        answering.add(conversation.retry(args -> retried(Conversation.of(args.getFirst()), rest(args, 1)), inputs(conversation), view)
                .apiName("chat_retry").apiVisibility(ApiVisibility.UNDOCUMENTED));
        answering.add(conversation.edit(args -> edited(Conversation.of(args.get(0)), (EditData) args.get(1), rest(args, 2)),
                inputs(conversation, Gr.editData()), view).apiName("chat_edit").apiVisibility(ApiVisibility.UNDOCUMENTED));
        // An option under the last answer is sent as the user's next message.
        answering.add(conversation.optionSelect(args -> submitted(((SelectData) args.get(1)).value(), Conversation.of(args.get(0)),
                rest(args, 2)), inputs(conversation, Gr.selectData()), view).apiName("chat_option").apiVisibility(ApiVisibility.UNDOCUMENTED));
        Dependency undone = conversation.undo(args -> undone(Conversation.of(args.getFirst())), List.of(conversation),
                Outputs.of(conversation, box)).apiName("chat_undo").apiVisibility(ApiVisibility.UNDOCUMENTED);

        blocks.add(conversation);
        blocks.add(box);
        // The box's own Stop, shown in place of Send while an answer streams, as in Gradio.
        Dependency stopped = box instanceof MultimodalTextbox multimodalBox ? multimodalBox.stop() : ((Textbox) box).stop();
        if (examples.isEmpty()) {
            conversation.examples();   // as Gradio's chat: none, sent as an empty list (a Chatbot's own are replaced, as there)
        } else {
            answering.add(showExamples(blocks));
        }
        Dependency[] all = answering.toArray(Dependency[]::new);
        // One answer at a time: a new message, an example, a retry or an edit stops the running one.
        for (Dependency answer : answering) {
            answer.cancels(answering.stream().filter(other -> other != answer).toArray(Dependency[]::new));
        }
        stopped.cancels(all);
        conversation.clear().cancels(all);
        undone.cancels(all);
        if (!additionalInputs.isEmpty()) {
            blocks.add(Accordion.of(accordionLabel, additionalInputs.toArray(Block<?>[]::new)).open(false));
        }
        return box;
    }

    /**
     * The examples, as Gradio's chat shows them: cards in the empty conversation, whose
     * {@code example_select} sends the clicked one (or, cached, shows its stored exchange without
     * running the function), and behind them a hidden Dataset that holds (and caches) them.
     * Returns the event a click starts, for the others to cancel.
     */
    private Dependency showExamples(Blocks blocks) {
        List<String> labels = exampleOptions.labels;
        if (labels != null && labels.size() != examples.size()) {
            throw new IllegalArgumentException("give one label per example: " + examples.size() + " examples, "
                    + labels.size() + " labels");
        }
        List<ExampleMessage> cards = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            MultimodalValue example = examples.get(i);
            cards.add(new ExampleMessage(example.text(), labels == null ? null : labels.get(i), null, example.files()));
        }
        conversation.examples(cards.toArray(ExampleMessage[]::new));
        conversation.textIconsForExamplesWithoutFiles = function.multimodal();

        Dataset samples = Dataset.of(List.of(box), examples.stream()
                .map(example -> List.<Object>of(function.multimodal() ? example : example.text())).toList());
        samples.visible(false);
        if (exampleOptions.cache) {
            // The conversation of each example message is stored, and a click shows it at once.
            Examples.running(samples, List.of(box), named, args -> answered(args.getFirst()), Outputs.of(conversation, box))
                    .cache(exampleOptions.mode).preload(false);   // as Gradio's chat: the conversation opens empty
            if (exampleOptions.folder != null) {
                samples.cacheFolder(exampleOptions.folder);
            }
        } else {
            Examples.fill(samples, List.of(box));
        }
        blocks.add(samples);
        List<Input<?>> clicked = inputs(Gr.selectData());
        // The box is an output too, left as it is, so that it shows Stop (and Enter sends nothing) while the answer runs.
        return conversation.exampleSelect(args -> exampleClicked(samples, (SelectData) args.getFirst(), rest(args, 1))
                        .map(shown -> List.of(shown, Update.of())), clicked, view)
                .apiName("chat_example").apiVisibility(ApiVisibility.UNDOCUMENTED);
    }

    /**
     * A click on an example card: its message shows at once, then its answer, from the cache
     * when the examples are cached (the function does not run), else as the function gives it.
     * The message box is left as the user has it.
     */
    private Stream<Object> exampleClicked(Dataset samples, SelectData selected, List<Object> extras) {
        if (!(selected.index() instanceof java.lang.Number number) || number.doubleValue() != number.intValue()
                || number.intValue() < 0 || number.intValue() >= examples.size()) {
            throw new GradioError("example_select names example " + selected.index() + ", not one of the chat's "
                    + examples.size() + " (0 to " + (examples.size() - 1) + ")");
        }
        int index = number.intValue();
        Conversation.Turn turn = new Conversation.Turn(Conversation.question(examples.get(index)), List.of());
        if (!exampleOptions.cache) {
            return function.converse(turn, extras).map(Object.class::cast);
        }
        Stream<Object> cached = Stream.of(0).map(unused -> {
            try {
                return new CachedOutput(samples.cachedOutputs(index).getFirst());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("the cached answer of example " + index + " could not be read", e);
            }
        });
        return Stream.concat(Stream.of(Conversation.with(List.of(), turn.question(), List.of())), cached);
    }

    /** The given inputs, then the additional ones. */
    private List<Input<?>> inputs(Input<?>... first) {
        List<Input<?>> all = new ArrayList<>(List.of(first));
        all.addAll(additionalInputs);
        return all;
    }

    private static List<Object> rest(List<Object> args, int from) {
        return args.subList(from, args.size());
    }

    /** Send: the message shows at once, the box empties, then the answer grows. */
    private Stream<Object> submitted(Object message, List<ChatMessage> before, List<Object> extras) {
        MultimodalValue value = Conversation.message(message);
        if (value.isBlank()) {
            return Stream.of(Updates.of());   // nothing to send: the page stays as it is
        }
        // The box empties with the question's first showing; later steps leave it alone, so
        // what the user types meanwhile stays.
        boolean[] first = {true};
        return function.converse(new Conversation.Turn(Conversation.question(value), before), extras).map(shown -> {
            if (first[0]) {
                first[0] = false;
                return List.of(shown, boxValue(new MultimodalValue("", List.of())));
            }
            return Updates.of().set(conversation, shown);
        });
    }

    /**
     * An example message's whole exchange, for the examples' cache: the question and the final
     * answer in a new conversation (the additional inputs at their initial values), and the box emptied.
     */
    private List<Object> answered(Object message) {
        List<Object> extras = additionalInputs.stream().<Object>map(Component::value).toList();
        List<ChatMessage> shown = function.converse(new Conversation.Turn(Conversation.question(Conversation.message(message)),
                List.of()), extras).reduce((first, second) -> second).orElse(List.of());
        return java.util.Arrays.asList(shown, boxValue(new MultimodalValue("", List.of())));
    }

    /** Retry: the last user message is answered again, the box left as the user has it. */
    private Stream<Object> retried(List<ChatMessage> shown, List<Object> extras) {
        return Conversation.retry(shown)
                .map(turn -> function.converse(turn, extras).<Object>map(answered -> Updates.of().set(conversation, answered)))
                .orElseGet(() -> Stream.of(Updates.of()));
    }

    /** Edit: the conversation up to the edited message is kept, and answered again from it. */
    private Stream<Object> edited(List<ChatMessage> shown, EditData edit, List<Object> extras) {
        return function.converse(Conversation.edit(shown, edit), extras).map(answered -> Updates.of().set(conversation, answered));
    }

    /** Undo: the last exchange goes, and the user's message returns to the box. */
    private List<Object> undone(List<ChatMessage> shown) {
        Conversation.Undone undone = Conversation.undo(shown);
        return List.of(undone.kept(), boxValue(undone.message()));
    }

    /** A message as the box holds it: its text, or text and files for a multimodal box. */
    private Object boxValue(MultimodalValue message) {
        return function.multimodal() ? message : message.text();
    }
}
