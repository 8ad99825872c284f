package io.github.payhawk4j.examples.cli;

import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsed arguments of one program run: on/off flags ({@code --sandbox}), options with a value
 * ({@code --status ready} or {@code --status=ready}) and the remaining positional arguments, in order.
 * {@code --help} and {@code -h} are always accepted. Anything else starting with {@code -} is refused.
 */
final class CommandLine {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private final Set<String> flags;
    private final Map<String, String> options;
    private final List<String> positionals;

    private CommandLine(Set<String> flags, Map<String, String> options, List<String> positionals) {
        this.flags = flags;
        this.options = options;
        this.positionals = positionals;
    }

    /**
     * Parses {@code args}.
     *
     * @param knownFlags   flags without a value, e.g. {@code --sandbox}
     * @param knownOptions options that take a value, e.g. {@code --status}
     * @throws UsageException for an unknown option, a missing value or a repeated option
     */
    static CommandLine parse(String[] args, Set<String> knownFlags, Set<String> knownOptions) throws UsageException {
        Set<String> flags = new HashSet<>();
        Map<String, String> options = new HashMap<>();
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                positionals.addAll(List.of(args).subList(i + 1, args.length));
                break;
            }
            if (arg.equals("-h") || arg.equals("--help")) {
                flags.add("--help");
            } else if (!arg.startsWith("-") || arg.equals("-")) {
                positionals.add(arg);
            } else {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                if (knownFlags.contains(name)) {
                    if (equals >= 0) {
                        throw new UsageException(name + " takes no value");
                    }
                    flags.add(name);
                } else if (knownOptions.contains(name)) {
                    String value;
                    if (equals >= 0) {
                        value = arg.substring(equals + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new UsageException(name + " needs a value");
                    }
                    if (options.putIfAbsent(name, value) != null) {
                        throw new UsageException(name + " is given twice");
                    }
                } else {
                    throw new UsageException("unknown option " + name);
                }
            }
        }
        return new CommandLine(Set.copyOf(flags), Map.copyOf(options), List.copyOf(positionals));
    }

    /** Whether {@code --help} or {@code -h} was given. */
    boolean wantsHelp() {
        return flags.contains("--help");
    }

    /** Whether the flag was given. */
    boolean has(String flag) {
        return flags.contains(flag);
    }

    /** The option's value, if given. */
    Optional<String> value(String option) {
        return Optional.ofNullable(options.get(option));
    }

    /** The arguments that are not options, in order. */
    List<String> positionals() {
        return positionals;
    }

    /** The option's value as a date like {@code 2026-01-31}, if given. */
    Optional<LocalDate> date(String option) throws UsageException {
        Optional<String> text = value(option);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " needs a date like 2026-01-31, not '" + text.get() + "'");
        }
    }

    /** The option's value as a whole number from {@code min} to {@code max}, if given. */
    Optional<Integer> integer(String option, int min, int max) throws UsageException {
        Optional<String> text = value(option);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String problem = option + " needs a whole number from " + min + " to " + max + ", not '" + text.get() + "'";
        BigInteger number;
        try {
            number = new BigInteger(text.get());
        } catch (NumberFormatException e) {
            throw new UsageException(problem);
        }
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new UsageException(problem);
        }
        return Optional.of(number.intValueExact());
    }

    /** The option's value as a duration like {@code 500ms}, {@code 30s}, {@code 5m} or {@code 1h}, if given. */
    Optional<Duration> duration(String option) throws UsageException {
        Optional<String> text = value(option);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = DURATION.matcher(text.get().toLowerCase(Locale.ROOT));
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
            throw new UsageException(option + " needs a positive duration like 30s, 5m or 500ms, not '"
                    + text.get() + "'");
        }
        long amount = Long.parseLong(matcher.group(1));
        return Optional.of(switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        });
    }
}
