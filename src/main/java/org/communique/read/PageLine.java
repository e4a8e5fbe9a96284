package org.communique.read;

import java.util.List;

/**
 * One line (or unwrapped paragraph) of a page with its role.
 *
 * @param stamps the dates it states, when it is a stamp line
 */
record PageLine(int index, String text, Role role, LineShape shape, List<PublicationStamps.Stamp> stamps) {
    PageLine {
        stamps = List.copyOf(stamps);
    }

    PageLine withRole(Role r) { return new PageLine(index, text, r, shape, stamps); }
}
