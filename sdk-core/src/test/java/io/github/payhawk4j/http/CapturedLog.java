package io.github.payhawk4j.http;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Every java.util.logging record of one logger tree, kept for assertions (slf4j is routed to
 * java.util.logging in tests by slf4j-jdk14). {@link #start} sets the logger's level, all levels
 * by default; {@link #stop} puts it back as it was. Thread-safe.
 */
public final class CapturedLog extends Handler {

    private final Logger logger;
    private final Level previousLevel;
    private final List<LogRecord> records = new ArrayList<>();

    private CapturedLog(Logger logger) {
        this.logger = logger;
        this.previousLevel = logger.getLevel();
        setLevel(Level.ALL);
    }

    /** Starts capturing everything logged under {@code loggerName}, down to the finest level. */
    public static CapturedLog start(String loggerName) {
        return start(loggerName, Level.ALL);
    }

    /** Starts capturing what is logged under {@code loggerName} with the logger set to {@code level}. */
    public static CapturedLog start(String loggerName, Level level) {
        CapturedLog log = new CapturedLog(Logger.getLogger(loggerName));
        log.logger.setLevel(level);
        log.logger.addHandler(log);
        return log;
    }

    /** Stops capturing and restores the logger's level. */
    public void stop() {
        logger.removeHandler(this);
        logger.setLevel(previousLevel);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    /** The records captured so far. */
    public synchronized List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** Everything a log sink could show of a record: the formatted message, raw parameters and the stack trace. */
    public static String allTextOf(LogRecord record) {
        StringBuilder text = new StringBuilder(new SimpleFormatter().formatMessage(record)).append('\n')
                .append(record.getMessage());
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append('\n').append(parameter);
            }
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        }
        return text.toString();
    }

    @Override
    public void flush() {
        // Records are kept in memory; nothing to flush.
    }

    @Override
    public void close() {
        stop();
    }
}
