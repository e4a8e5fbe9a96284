package org.communique.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Prints a usage error as one line naming what is wrong and one line pointing to {@code --help}, and
 * exits 2: the whole help after every typo buries the message.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String name = cl.getCommandSpec().qualifiedName();
        PrintWriter err = cl.getErr();
        err.println(name + ": " + String.join("; ", e.getMessage().strip().split("\\R+")));
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }
}
