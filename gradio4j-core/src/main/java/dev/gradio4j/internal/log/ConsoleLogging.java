package dev.gradio4j.internal.log;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The logging an app gets when its classpath has no SLF4J provider: without one, SLF4J drops
 * every message, so a failing handler would leave no trace anywhere while the page says "An error
 * occurred". Gradio always prints the traceback; so do we. Messages go to standard error, at
 * INFO and above, and Jetty's at WARN and above (its start-up chatter is not the app's news).
 *
 * <p>Any provider on the classpath (Logback, Log4j, slf4j-simple...) wins: {@link #installIfNoProvider}
 * names this one only when SLF4J would find none.
 */
public final class ConsoleLogging implements SLF4JServiceProvider {
    private static final String PROVIDER_PROPERTY = "slf4j.provider";
    /** SLF4J says at INFO that it loads a provider named by the property; that is not news. */
    private static final String VERBOSITY_PROPERTY = "slf4j.internal.verbosity";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
    private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, ConsoleLogger::new);
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    /**
     * Makes this the SLF4J provider unless the classpath has one or one is named already. Call
     * it before anything asks SLF4J for a logger: SLF4J picks its provider once.
     */
    public static void installIfNoProvider() {
        if (System.getProperty(PROVIDER_PROPERTY) != null) {
            return;
        }
        ClassLoader loader = ConsoleLogging.class.getClassLoader();
        if (ServiceLoader.load(SLF4JServiceProvider.class, loader).findFirst().isEmpty()) {
            System.setProperty(PROVIDER_PROPERTY, ConsoleLogging.class.getName());
            if (System.getProperty(VERBOSITY_PROPERTY) == null) {
                System.setProperty(VERBOSITY_PROPERTY, "WARN");
            }
        }
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // Nothing to set up: loggers are made on first use.
    }

    /** Writes one line per message (and the stack trace of its throwable) to standard error. */
    private static final class ConsoleLogger extends LegacyAbstractLogger {
        private final String shortName;
        private final Level threshold;

        ConsoleLogger(String name) {
            this.name = name;
            this.shortName = name.substring(name.lastIndexOf('.') + 1);
            this.threshold = name.startsWith("org.eclipse.jetty") ? Level.WARN : Level.INFO;
        }

        private boolean enabled(Level level) {
            return level.toInt() >= threshold.toInt();
        }

        @Override
        public boolean isTraceEnabled() {
            return enabled(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return enabled(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return enabled(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return enabled(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return enabled(Level.ERROR);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                                   Throwable throwable) {
            String message = MessageFormatter.basicArrayFormat(pattern, arguments);
            PrintStream err = System.err;
            synchronized (err) {
                err.println(LocalTime.now().format(TIME) + " " + level + " " + shortName + " - " + message);
                if (throwable != null) {
                    throwable.printStackTrace(err);
                }
            }
        }
    }
}
