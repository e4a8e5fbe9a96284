package org.communique.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks of command lines shared by the commands; each failure is a usage error (exit 2) naming the option. */
final class Usage {
    private Usage() {}

    static CommandLine.ParameterException error(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** {@code value} of {@code option} must be from {@code min} to {@code max}. */
    static void inRange(CommandSpec spec, String option, long value, long min, long max) {
        if (value < min) {
            throw error(spec, option + " must be " + (min == 1 ? "positive" : "at least " + min) + ", not " + value);
        }
        if (value > max) throw error(spec, option + " must be at most " + max + ", not " + value);
    }

    /** Every path but {@code -} (standard input) must exist. */
    static void pathsExist(CommandSpec spec, List<String> paths) {
        for (String p : paths) {
            if (p.equals("-")) continue;
            Path path = Path.of(p);
            if (!Files.exists(path)) {
                throw error(spec, Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                        ? "broken symbolic link (or a link loop): " + p
                        : "no such file or directory: " + p);
            }
        }
    }

    /** Reads {@code --date} values, with a message that says what a date looks like. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date YYYY-MM-DD");
        }
    }
}
