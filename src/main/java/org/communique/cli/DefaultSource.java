package org.communique.cli;

import java.util.Iterator;
import org.communique.read.Input;

/** The inputs, with {@code --source} as the outlet of each article whose input names none and has no URL. */
final class DefaultSource implements Iterable<Input> {
    private final Iterable<Input> inputs;
    private final String source;

    DefaultSource(Iterable<Input> inputs, String source) {
        this.inputs = inputs;
        this.source = source;
    }

    @Override
    public Iterator<Input> iterator() {
        Iterator<Input> it = inputs.iterator();
        return new Iterator<>() {
            public boolean hasNext() { return it.hasNext(); }

            public Input next() {
                Input in = it.next();
                if (in instanceof Input.Ok ok && ok.article().source() == null) {
                    return new Input.Ok(ok.article().withSource(source), ok.related(), ok.warnings());
                }
                return in;
            }
        };
    }
}
