package org.zongzhi.casehandling.directory;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a channel's own system takes the status of its cases (事事有回音): an address, and the
 * name of the setting that holds the key the updates are signed with. The key itself stays in the
 * server's environment, never in the directory file, the database or a log line.
 *
 * @param channel the channel (Channel's name, e.g. COURT_REFERRAL)
 * @param url https, or http to this machine only (a test or a local relay)
 * @param secretSetting e.g. {@code ZONGZHI_CALLBACK_KEY_COURT}, read from the environment at delivery
 */
public record ChannelCallback(String channel, String url, String secretSetting) {

    private static final Pattern SETTING = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    /** What is wrong with a callback entry, or empty. */
    static Optional<String> check(String channel, String url, String secretSetting) {
        if (url == null || url.isBlank()) {
            return Optional.of("callback of channel " + channel + " has no url");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("callback url of channel " + channel + " is not an address: " + url);
        }
        boolean https = "https".equals(uri.getScheme());
        boolean localHttp = "http".equals(uri.getScheme()) && uri.getHost() != null && LOOPBACK.contains(uri.getHost());
        if (uri.getHost() == null || !(https || localHttp)) {
            return Optional.of("callback url of channel " + channel + " must be https (http only to this machine): "
                    + url);
        }
        if (secretSetting == null || !SETTING.matcher(secretSetting).matches()) {
            return Optional.of("callback of channel " + channel + " must name the setting that holds its key "
                    + "(secret: e.g. ZONGZHI_CALLBACK_KEY_COURT), not the key itself");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "ChannelCallback[" + channel + " → " + url + ", key in " + secretSetting + "]";
    }
}
