package org.communique.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The outlet of an article: the one its input names, else the host of its URL. */
final class Outlet {
    private Outlet() {}

    /**
     * @param named what the input calls the outlet, or null
     * @param url   the article's URL, or null
     * @return {@code named}, else the URL's host without "www." ({@code kcna.kp}), else null
     */
    static String of(String named, String url) {
        if (named != null && !named.isBlank()) return named.strip();
        return host(url);
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null || host.isBlank()) return null;
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) { // not a URL: no host to name the outlet by
            return null;
        }
    }
}
