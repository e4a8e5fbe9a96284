package org.communique.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** What {@code --version} prints: the artifact's version, written into a resource by the build. */
final class Version implements CommandLine.IVersionProvider {
    static final String RESOURCE = "version.properties";

    /** The pom's version of this build. */
    static String artifactVersion() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("no " + RESOURCE + " beside " + Version.class.getName());
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"communique " + artifactVersion()};
    }
}
