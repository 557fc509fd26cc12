package dev.gradio4j.examples.offline;

import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Types an answer out word by word, as an LLM streams it: a {@code Stream} of the growing text,
 * what {@code ChatInterface} shows as it arrives. Each element after the first waits
 * {@code pace}; the whitespace and Markdown of the text are kept as they are.
 *
 * <p>The streams are lazy: nothing is computed or waited for until an element is asked for, on
 * the asking thread. Interrupting that thread (the chat's Stop) ends the stream with an
 * exception.
 */
public final class Typewriter {
    private static final Pattern WORD = Pattern.compile("\\S+");

    private Typewriter() {}

    /** The growing prefixes of {@code text}, one word more each time; the last is the whole text. */
    public static Stream<String> type(String text, Duration pace) {
        return stream(words(text, pace, false));
    }

    /**
     * {@code status} first (say, "Reading the image…"), then the words of {@code answer}, which is
     * computed only once the status has been taken: the status shows while it runs.
     */
    public static Stream<String> typeAfter(String status, Supplier<String> answer, Duration pace) {
        Iterator<String> elements = new Iterator<>() {
            private Iterator<String> words;

            @Override
            public boolean hasNext() {
                return words == null || words.hasNext();
            }

            @Override
            public String next() {
                if (words == null) {
                    words = new Iterator<>() {
                        private Iterator<String> inner;

                        private Iterator<String> inner() {
                            if (inner == null) {
                                inner = words(answer.get(), pace, true);
                            }
                            return inner;
                        }

                        @Override
                        public boolean hasNext() {
                            return inner().hasNext();
                        }

                        @Override
                        public String next() {
                            return inner().next();
                        }
                    };
                    return status;
                }
                return words.next();
            }
        };
        return stream(elements);
    }

    private static Iterator<String> words(String text, Duration pace, boolean pauseFirst) {
        Matcher words = WORD.matcher(text);
        return new Iterator<>() {
            private boolean found = words.find();
            private boolean first = !pauseFirst;

            @Override
            public boolean hasNext() {
                return found;
            }

            @Override
            public String next() {
                if (!found) {
                    throw new NoSuchElementException();
                }
                if (!first) {
                    pause(pace);
                }
                first = false;
                String prefix = text.substring(0, words.end());
                found = words.find();
                return prefix;
            }
        };
    }

    private static Stream<String> stream(Iterator<String> elements) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(elements, Spliterator.ORDERED), false);
    }

    private static void pause(Duration pace) {
        if (pace.isZero()) {
            return;
        }
        try {
            Thread.sleep(pace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped", e);
        }
    }
}
