package org.communique.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code communique} command: extract, evaluate, bench, audit, and the registry's index, who, export, report. */
@Command(name = "communique", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns news articles into structured records: people, organizations, places, dates, events.",
        subcommands = {ExtractCommand.class, EvaluateCommand.class, BenchCommand.class, AuditCommand.class,
                IndexCommand.class, WhoCommand.class, ExportCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: extract, evaluate, bench, audit, index, who, export or report");
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (OutOfMemoryError e) { // the models did not fit, say: exit 3 like any run stopped by memory
            System.err.println("communique: out of memory (" + e.getMessage() + "); give java more heap (-Xmx)");
            status = 3;
        }
        System.exit(status);
    }

    /**
     * Runs the command line and returns the exit status (0 ok, 1 some articles failed, 2 bad usage,
     * 3 the run stopped before its end: the output could not be written, or memory ran out).
     */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** {@link #run(String...)} with picocli's help and usage messages sent to the given writers. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    private static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(java.time.LocalDate.class, Usage::date)
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setExecutionExceptionHandler((e, cl, parsed) -> {
                    if (!causedByOutOfMemory(e)) throw e;
                    cl.getErr().println("communique: out of memory (" + e + "); give java more heap (-Xmx)");
                    return 3; // a library that wrapped the error does not make it an exit 1 with a stack trace
                });
    }

    private static boolean causedByOutOfMemory(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) if (c instanceof OutOfMemoryError) return true;
        return false;
    }
}
