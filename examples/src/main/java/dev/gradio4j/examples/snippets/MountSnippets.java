package dev.gradio4j.examples.snippets;

import dev.gradio4j.examples.Calculator;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.Set;

/** The Javadoc's example of mounting an app in a servlet container. */
public final class MountSnippets {
    private MountSnippets() {}

    // @start region="mount"
    /** Tomcat, Jetty or any container runs it at start-up (listed in META-INF/services, or added by code). */
    public static final class CalculatorAtDemo implements ServletContainerInitializer {
        @Override
        public void onStartup(Set<Class<?>> classes, ServletContext context) {
            Calculator.app().mount(context, "/demo");   // http://host:port/<context path>/demo/
        }
    }
    // @end
}
