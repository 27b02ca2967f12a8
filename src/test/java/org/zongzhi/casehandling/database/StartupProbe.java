package org.zongzhi.casehandling.database;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a PostgreSQL session without a password and reports the server's first answer. JDBC has
 * no Unix sockets, so this speaks the start of the wire protocol (v3) itself, the same over both.
 */
final class StartupProbe {

    /** The server's first answer: an authentication request, or an error before any. */
    record Answer(int authenticationCode, List<String> mechanisms, String error) {

        static final int OK = 0;
        static final int SASL = 10;
    }

    private StartupProbe() {
    }

    static Answer overTcp(int port) throws IOException {
        return ask(SocketChannel.open(StandardProtocolFamily.INET), new InetSocketAddress("127.0.0.1", port));
    }

    static Answer overSocket(Path socketDirectory, int port) throws IOException {
        Path socket = socketDirectory.resolve(".s.PGSQL." + port);
        // PostgreSQL takes socket paths of up to 107 bytes, Java's SocketChannel only up to 106: in a
        // checkout whose path is just that long, ask through a short link to the same directory.
        if (socket.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 106) {
            return ask(SocketChannel.open(StandardProtocolFamily.UNIX), UnixDomainSocketAddress.of(socket));
        }
        Path link = java.nio.file.Files.createTempDirectory("pg").resolve("s");
        try {
            java.nio.file.Files.createSymbolicLink(link, socketDirectory);
            return ask(SocketChannel.open(StandardProtocolFamily.UNIX),
                    UnixDomainSocketAddress.of(link.resolve(".s.PGSQL." + port)));
        } finally {
            java.nio.file.Files.deleteIfExists(link);
            java.nio.file.Files.deleteIfExists(link.getParent());
        }
    }

    private static Answer ask(SocketChannel channel, SocketAddress address) throws IOException {
        try (channel) {
            channel.connect(address);
            channel.write(ByteBuffer.wrap(startupMessage("postgres", "postgres")));
            byte type = read(channel, 1).get();
            int length = read(channel, 4).getInt();
            ByteBuffer body = read(channel, length - 4);
            if (type == 'E') {
                return new Answer(-1, List.of(), new String(body.array(), UTF_8));
            }
            if (type != 'R') {
                throw new IOException("unexpected first message '" + (char) type + "'");
            }
            int code = body.getInt();
            List<String> mechanisms = new ArrayList<>();
            if (code == Answer.SASL) {
                for (String name = cString(body); !name.isEmpty(); name = cString(body)) {
                    mechanisms.add(name);
                }
            }
            return new Answer(code, mechanisms, null);
        }
    }

    private static byte[] startupMessage(String user, String database) {
        ByteArrayOutputStream parameters = new ByteArrayOutputStream();
        for (String text : List.of("user", user, "database", database)) {
            parameters.writeBytes(text.getBytes(UTF_8));
            parameters.write(0);
        }
        parameters.write(0);
        byte[] body = parameters.toByteArray();
        return ByteBuffer.allocate(8 + body.length).putInt(8 + body.length).putInt(3 << 16).put(body).array();
    }

    private static ByteBuffer read(SocketChannel channel, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(count);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("the server closed the connection");
            }
        }
        return buffer.flip();
    }

    private static String cString(ByteBuffer buffer) {
        int start = buffer.position();
        while (buffer.get() != 0) {
            // up to the terminating NUL
        }
        return new String(buffer.array(), start, buffer.position() - start - 1, UTF_8);
    }
}
