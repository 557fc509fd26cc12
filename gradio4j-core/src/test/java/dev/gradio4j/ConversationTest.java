package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What retry, edit and undo keep of a conversation, and what the function is shown; no server. */
class ConversationTest {
    private static final ChatMessage HI = ChatMessage.user("hi");
    private static final ChatMessage HELLO = ChatMessage.assistant("hello");
    private static final ChatMessage HOW = ChatMessage.user("how are you?");
    private static final ChatMessage FINE = ChatMessage.assistant("fine");
    private static final List<ChatMessage> CHAT = List.of(HI, HELLO, HOW, FINE);

    @Test
    void retryAsksTheLastQuestionAgainOfWhatCameBeforeIt() {
        var turn = Conversation.retry(CHAT).orElseThrow();
        assertThat(turn.question()).isEqualTo(HOW);
        assertThat(turn.before()).containsExactly(HI, HELLO);
        assertThat(Conversation.retry(List.of(HELLO))).as("no question to retry").isEmpty();
    }

    @Test
    void anEditReplacesTheMessageAndDropsWhatFollowedIt() {
        var turn = Conversation.edit(CHAT, new EditData(0, "hey", "hi"));
        assertThat(turn.question().text()).isEqualTo("hey");
        assertThat(turn.question().role()).isEqualTo("user");
        assertThat(turn.before()).isEmpty();
    }

    @Test
    void onlyTheUsersOwnMessagesCanBeEdited() {
        assertThatThrownBy(() -> Conversation.edit(CHAT, new EditData(1, "bye", "hello")))
                .isInstanceOf(GradioError.class).hasMessageContaining("your own messages");
        assertThatThrownBy(() -> Conversation.edit(CHAT, new EditData(9, "x", "y"))).isInstanceOf(GradioError.class);
        assertThatThrownBy(() -> Conversation.edit(CHAT, null)).isInstanceOf(GradioError.class);
    }

    @Test
    void undoTakesTheLastExchangeAwayAndGivesTheQuestionBack() {
        var undone = Conversation.undo(CHAT);
        assertThat(undone.kept()).containsExactly(HI, HELLO);
        assertThat(undone.message().text()).isEqualTo("how are you?");
        var nothing = Conversation.undo(List.of(HELLO));
        assertThat(nothing.kept()).containsExactly(HELLO);
        assertThat(nothing.message().isBlank()).isTrue();
    }

    @Test
    void aQuestionShowsItsFilesThenItsText() {
        var question = Conversation.question(new MultimodalValue("look", List.of(Path.of("cat.png"))));
        assertThat(question.content()).hasSize(2);
        assertThat(question.content().getFirst()).isInstanceOf(ChatMessage.File.class);
        assertThat(question.text()).isEqualTo("look");
        assertThat(Conversation.question(MultimodalValue.of("")).content()).isEmpty();
    }

    @Test
    void theFunctionIsNotShownTheErrorsTheUserSaw() throws Exception {
        List<ChatMessage> error = ChatReplies.of(() -> {
            throw new GradioError("the model is down");
        }, true).toList().getLast();
        List<ChatMessage> before = Conversation.with(List.of(HI), HOW, error);
        assertThat(before).hasSize(3);
        assertThat(Conversation.forFunction(before)).containsExactly(HI, HOW);
        assertThat(error.getLast().isError()).isTrue();
    }

    @Test
    void anAnswerIsAnErrorByItsMarkNotByItsText() {
        var warning = ChatMessage.assistant("⚠️ Mind the step.");
        assertThat(warning.isError()).isFalse();
        assertThat(Conversation.forFunction(List.of(HI, warning))).containsExactly(HI, warning);
        assertThat(ChatMessage.error("the model is down").withMetadata(null).isError()).isFalse();
    }

    @Test
    void anInputsNullConversationIsAnEmptyOne() {
        assertThat(Conversation.of(null)).isEmpty();
        assertThat(Conversation.message(null).isBlank()).isTrue();
        assertThat(Conversation.message(HOW).text()).isEqualTo("how are you?");
    }
}
